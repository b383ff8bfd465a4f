package jp.advisor.submission;

/**
 * A row of sheet 2 (具体的取組).
 *
 * @param id                  the sheet's number, unique within its strategy (「7-1-1」)
 * @param content             取組内容 (optional, added to the contract)
 * @param performanceTarget   業績目標 sentence
 * @param withdrawalCriterion 撤退基準 sentence
 * @param previousResults     前年度までの実績 (optional, added to the contract)
 * @param result              取組実績 / the result as the sheet reports it
 * @param measured            the measured value for the target, as written (「91.3%」)
 * @param previous            last year's measured value, as written (optional, added to the contract): what a
 *                            target or criterion relative to last year (「前年度を上回る」) is compared with
 * @param carriedOutAsPlanned true, false, or null (unknown)
 */
public record Initiative(String id, String content, String performanceTarget, String withdrawalCriterion,
                         String previousResults, String result, String measured, String previous,
                         Boolean carriedOutAsPlanned,
                         InitiativeSelfAssessment selfAssessment, String issues, String improvements) {

    public Initiative {
        selfAssessment = selfAssessment == null ? InitiativeSelfAssessment.EMPTY : selfAssessment;
    }
}
