/**
 * Running a rule set over a submission's facts, within bounds, and laying out the answer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "evaluation", allowedDependencies = {"facts", "reading", "rules", "submission"})
package jp.advisor.evaluation;
