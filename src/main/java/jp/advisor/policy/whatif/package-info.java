/** What-if: every judgement a candidate rule set changes, before it is published. */
@org.springframework.modulith.NamedInterface("whatif")
package jp.advisor.policy.whatif;
