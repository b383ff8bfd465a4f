package jp.advisor.policy.whatif;

/**
 * One judgement that the candidate rules give differently from the current rules.
 *
 * @param source       the submission's {@link NamedSubmission#source()}
 * @param submissionId the stored submission's id ({@link NamedSubmission#submissionId()}), null for a file
 * @param location     the cell as CONTRACT.md writes it ({@code strategies/6-1/outcomes/0}); for a finding, its location
 * @param cellType     one of {@link WhatIf#CELL_TYPES} (「個別」「全体」…「撤退基準」「指摘」)
 * @param before       the judgement shown under the current rules (「A」「要確認」「該当 REBUILD_PROJECT」「－」, or a finding code)
 * @param after        the judgement shown under the candidate rules
 * @param ruleBefore   the rule that gave {@code before}, null when none did
 * @param ruleAfter    the rule that gave {@code after}, null when none did
 */
public record Change(String source, Long submissionId, String organization, String fiscalYear, String location,
                     String cellType, String before, String after, String ruleBefore, String ruleAfter) {
}
