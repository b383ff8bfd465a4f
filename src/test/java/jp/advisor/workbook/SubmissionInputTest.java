package jp.advisor.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import jp.advisor.submission.SubmissionException;
import jp.advisor.submission.SubmissionProblem;

class SubmissionInputTest {

    private static SubmissionProblem refusal(byte[] bytes, String source) {
        SubmissionException e = catchThrowableOfType(SubmissionException.class, () -> SubmissionInput.read(bytes, source));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getProblems()).singleElement().extracting(SubmissionProblem::source).isEqualTo(source);
        return e.getProblems().get(0);
    }

    @Test
    void readsJsonNamedXlsxByItsContent() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
        assertThat(SubmissionInput.read(json, "提出.xlsx").organization()).isNotBlank();
    }

    @Test
    void readsAWorkbookNamedJsonAsTheWorkbookItIs() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.xlsx"));
        assertThat(SubmissionInput.read(seed, "data/提出.json").organization()).isEqualTo("大正区");
        SubmissionException notTheForm = catchThrowableOfType(SubmissionException.class,
                () -> SubmissionInput.read(GuardSamples.xlsx("大正区"), "data/提出.json"));
        assertThat(notTheForm.getProblems()).extracting(SubmissionProblem::messageJa)
                .anyMatch(m -> m.contains("シート「具体的取組」がありません"));
    }

    @Test
    void refusesAMacroEnabledWorkbookNamedJsonWithTheGuardsReason() {
        assertThat(refusal(GuardSamples.xlsm("大正区"), "提出.json").messageJa())
                .isEqualTo("マクロ付きのブック（.xlsm）は受け付けません。.xlsx で保存してください");
        assertThat(refusal(GuardSamples.xls("大正区"), "提出.json").messageJa())
                .isEqualTo("Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください");
    }

    @Test
    void namesAnEmptyFileAndAPdfInsteadOfReportingBadUtf8() {
        assertThat(refusal(new byte[0], "提出.json").messageJa()).isEqualTo("空のファイルです");
        assertThat(refusal(GuardSamples.bytes("%PDF-1.7\n"), "提出.pdf").describe())
                .isEqualTo("提出.pdf: 提出.pdf は PDF です。JSON の提出データとしては読めません / 提出.pdf is a PDF, not a JSON submission");
    }

    @Test
    void leavesShiftJisTextToTheJsonReaderWhichSaysWhere() {
        byte[] shiftJis = "{\"organization\": \"大正区\"}".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertThat(refusal(shiftJis, "提出.json").messageEn()).contains("the file may be in Shift_JIS");
    }
}
