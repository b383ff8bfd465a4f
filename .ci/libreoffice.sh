#!/usr/bin/env bash
# Installs (if missing) Debian's headless LibreOffice Calc, poppler-utils (pdftoppm, pdftotext) and a Japanese font,
# which the rendering tests (src/test/java/jp/advisor/workbook/Rendering.java) use to check that a workbook draws on a
# page and that its texts print whole: workbook → PDF (soffice --headless) → PNG (pdftoppm) or text (pdftotext).
# Without a CJK font the Japanese text draws as nothing or as boxes; Carlito has Calibri's metrics (the workbooks' Latin
# font), so columns hold as many characters as in Excel, which the row heights are sized for (workbook.RowHeights).
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 \
        && fc-list :lang=ja 2>/dev/null | grep -q . && fc-list 2>/dev/null | grep -qi carlito; then
    echo "LibreOffice ready: $(soffice --version 2>/dev/null | head -1)"
    exit 0
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-crosextra-carlito >/dev/null
echo "LibreOffice ready: $(soffice --version 2>/dev/null | head -1)"
