/**
 * Reading a submission (JSON) into records, every problem located.
 */
@org.springframework.modulith.ApplicationModule(displayName = "submission", allowedDependencies = {"facts", "reading"})
package jp.advisor.submission;
