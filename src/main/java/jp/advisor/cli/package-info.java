/**
 * The command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "cli", allowedDependencies = {"audit", "backup", "pages", "evaluation", "facts", "policy", "policy :: analysis", "policy :: strength", "policy :: whatif", "publishing", "review", "rules", "submission", "users", "workbook"})
package jp.advisor.cli;
