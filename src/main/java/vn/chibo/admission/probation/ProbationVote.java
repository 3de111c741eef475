package vn.chibo.admission.probation;

import java.time.LocalDate;

/**
 * One branch vote on a probation case. Official members vote for recognition or for removal; the
 * base is the branch's official members on the vote date, exempted members not counted (the
 * registry cannot tell whether one of them came and voted).
 *
 * @param round 1 for the first vote, counting up with each vote that reached neither threshold
 * @param required votes one proposal needs, from the {@code VoteOutcome} decision
 * @param result the proposal that reached the threshold, or {@link Result#INCONCLUSIVE}
 */
public record ProbationVote(
    String caseId,
    int round,
    LocalDate voteDate,
    int officialMembers,
    int exemptedMembers,
    int base,
    int required,
    int votesForRecognition,
    int votesForRemoval,
    Result result) {

  /** How one vote came out. */
  public enum Result {
    RECOGNITION,
    REMOVAL,
    INCONCLUSIVE;

    /** The proposal this vote carried, or null when it carried none. */
    public ProbationOutcome proposal() {
      return switch (this) {
        case RECOGNITION -> ProbationOutcome.RECOGNITION;
        case REMOVAL -> ProbationOutcome.REMOVAL;
        case INCONCLUSIVE -> null;
      };
    }
  }
}
