/** Static analysis of numeric decision tables: gaps, overlaps, rows that never fire, boundary mix-ups. */
@org.springframework.modulith.NamedInterface("analysis")
package jp.advisor.policy.analysis;
