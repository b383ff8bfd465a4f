/**
 * The reviewer's report over many submissions (JSON, CSV, HTML, XLSX).
 */
@org.springframework.modulith.ApplicationModule(displayName = "review", allowedDependencies = {"pages", "evaluation", "facts", "rules", "submission", "workbook"})
package jp.advisor.review;
