/**
 * The audit log: who did what, when, appended to in the caller's transaction and never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit", allowedDependencies = {})
package jp.advisor.audit;
