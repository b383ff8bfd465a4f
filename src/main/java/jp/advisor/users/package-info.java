/**
 * Users and roles: the accounts in the database (STAFF bound to organisations, REVIEWER, POLICY, ADMIN), their
 * passwords (Spring Security's delegating encoder, bcrypt), the first admin at first start, and {@link Access}, the
 * one place that says who may read or act for which organisation. {@code /api/users} is served from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "users", allowedDependencies = {"audit"})
package jp.advisor.users;
