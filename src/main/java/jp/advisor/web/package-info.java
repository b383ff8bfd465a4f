/**
 * The HTTP API: evaluation, review, limits, security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "web", allowedDependencies = {"pages", "evaluation", "review", "rules", "submission", "submissions", "users", "workbook"})
package jp.advisor.web;
