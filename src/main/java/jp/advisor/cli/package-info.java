/**
 * The command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "cli", allowedDependencies = {"backup", "pages", "evaluation", "facts", "policy", "policy :: analysis", "policy :: strength", "policy :: whatif", "publishing", "review", "rules", "submission"})
package jp.advisor.cli;
