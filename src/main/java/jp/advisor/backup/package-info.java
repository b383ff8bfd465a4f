/**
 * Backup: every stored submission revision with its evaluation, findings, dispositions and state transitions, the
 * audit log and the users (without password hashes) written to a folder, and such a folder loaded into a database,
 * idempotently, in one transaction. Used by the command line's {@code export} and {@code import}, on a plain JDBC
 * data source.
 */
@org.springframework.modulith.ApplicationModule(displayName = "backup", allowedDependencies = {"audit"})
package jp.advisor.backup;
