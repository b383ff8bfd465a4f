/**
 * Reading the sheets' Japanese (numbers, targets, periods, criteria) exactly or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "reading", allowedDependencies = {"facts"})
package jp.advisor.reading;
