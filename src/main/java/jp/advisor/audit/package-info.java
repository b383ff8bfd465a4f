/**
 * The audit log: who did what, when, appended to in the caller's transaction and never updated or deleted; read by
 * administrators at {@code GET /api/audit} (JSON pages or CSV).
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit", allowedDependencies = {})
package jp.advisor.audit;
