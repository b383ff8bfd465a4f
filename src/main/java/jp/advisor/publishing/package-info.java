/**
 * Publishing, history and rollback of rule sets; which set answers at start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "publishing", allowedDependencies = {"audit", "pages", "policy", "policy :: strength", "policy :: whatif", "rules", "submission", "submissions"})
package jp.advisor.publishing;
