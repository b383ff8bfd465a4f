package jp.advisor.workbook;

/** What the service and the command line say alike about a workbook: its media type and the names given to files. */
public final class Workbooks {

    /** The media type of an .xlsx. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The blank 様式's file name. */
    public static final String TEMPLATE_NAME = "様式.xlsx";

    private Workbooks() {
    }

    /** An uploaded file's name as problems name it: its last path segment (browsers may send a whole path). */
    public static String sourceName(String uploaded) {
        if (uploaded == null || uploaded.isBlank()) {
            return "upload";
        }
        String name = uploaded.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** {@code 大正区-H28.xlsx} → {@code 大正区-H28-評価.xlsx}: the annotated workbook handed back. */
    public static String annotatedName(String source) {
        String name = sourceName(source);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-評価.xlsx";
    }
}
