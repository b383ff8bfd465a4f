/**
 * The command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "cli", allowedDependencies = {"pages", "evaluation", "facts", "policy", "policy :: analysis", "policy :: strength", "policy :: whatif", "publishing", "review", "rules", "submission", "audit", "users"})
package jp.advisor.cli;
