/**
 * The city's Excel 様式: the two sheets (めざす成果および戦略, 具体的取組) as a workbook — the blank template, a submission
 * written into it, a filled-in workbook read back as a submission (columns found by their header text), and the
 * workbook handed back annotated with the suggestions and findings. Workbooks are opened only after
 * {@code WorkbookGuard} has looked inside the zip (size, ratio, macros, external links).
 */
@org.springframework.modulith.ApplicationModule(displayName = "workbook",
        allowedDependencies = {"submission", "facts", "evaluation"})
package jp.advisor.workbook;
