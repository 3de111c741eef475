package vn.chibo.admission.probation;

/**
 * Who works the steps of a probation case, from the registry as it stands: the member's branch now
 * (after a transfer, the new one), the committee above it and the competent committee.
 *
 * @param memberUser the member's login, or null when they have none (then the secretaries enter the
 *     self-review)
 * @param mentorUser the mentor's login, or null when there is no mentor or they have no login (then
 *     the secretaries write the report)
 * @param secretaryGroup the branch's secretary and deputies
 * @param superiorGroup the committee directly above the branch (cấp ủy cấp trên trực tiếp), which
 *     concludes when the branch cannot reach the threshold
 * @param decisionGroup the standing committee of the competent committee, which decides
 */
public record CaseRouting(
    String memberUser,
    String mentorUser,
    String secretaryGroup,
    String superiorGroup,
    String decisionGroup) {}
