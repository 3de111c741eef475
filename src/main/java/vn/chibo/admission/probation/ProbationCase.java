package vn.chibo.admission.probation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One member's probation (hồ sơ đảng viên dự bị). The id is the business key of its process.
 *
 * @param branchId the member's branch now: it follows a transfer, the id does not
 * @param mentorMemberId the mentor (đảng viên giúp đỡ), or null when the branch named none
 * @param probationEnd the ceremony plus the probation months: the day recognition takes effect
 * @param voteDue the last day the branch should vote
 * @param proposal what the branch (or the superior committee) proposes, once it does
 * @param decisionDue the last day the committee should decide, once the proposal is made
 */
public record ProbationCase(
    String id,
    long memberId,
    long branchId,
    Long mentorMemberId,
    LocalDate ceremonyDate,
    LocalDate probationEnd,
    LocalDate voteDue,
    ProbationStatus status,
    String selfReviewStrengths,
    String selfReviewShortcomings,
    String mentorAssessment,
    ProbationOutcome mentorRecommendation,
    String workplaceOpinion,
    String residenceOpinion,
    ProbationOutcome proposal,
    String proposalSource,
    LocalDate proposalDate,
    String superiorNote,
    LocalDate superiorDue,
    LocalDate decisionDue,
    int extensions,
    String extensionReason,
    ProbationOutcome decision,
    String decisionNumber,
    LocalDate decisionDate,
    String endReason) {

  /** Where a proposal came from: the branch's vote or the superior committee's conclusion. */
  public static final String FROM_BRANCH = "BRANCH";

  public static final String FROM_SUPERIOR = "SUPERIOR";

  public ProbationCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ceremonyDate, "ceremonyDate");
    Objects.requireNonNull(probationEnd, "probationEnd");
    Objects.requireNonNull(voteDue, "voteDue");
    Objects.requireNonNull(status, "status");
  }

  /** {@code PRB-<branch>-<n>}: the branch the member was admitted in and its running number. */
  public static String key(String branchCode, int number) {
    return "PRB-" + branchCode + "-" + number;
  }
}
