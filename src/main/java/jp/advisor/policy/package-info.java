/**
 * Policy staff's tools: check, fixtures, table analysis, strength, what-if.
 */
@org.springframework.modulith.ApplicationModule(displayName = "policy", allowedDependencies = {"pages", "evaluation", "facts", "rules", "submission", "workbook"})
package jp.advisor.policy;
