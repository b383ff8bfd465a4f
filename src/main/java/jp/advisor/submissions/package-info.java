/**
 * Stored submissions: every upload of a sheet is a new revision for its organisation and fiscal year, evaluated on
 * arrival with the rules in use and stored with its evaluation, findings and an audit entry, in one transaction.
 * {@code /api/submissions} is served from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "submissions",
        allowedDependencies = {"audit", "evaluation", "facts", "submission", "users", "workbook"})
package jp.advisor.submissions;
