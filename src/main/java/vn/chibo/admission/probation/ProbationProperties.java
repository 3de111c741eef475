package vn.chibo.admission.probation;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of probation and recognition (DOMAIN.md §5). The Charter's figures are the defaults
 * ([R]: twelve months, 30 working days for the vote and for the decision, one extension of up to
 * 30, three votes); the rest is local practice. The vote threshold itself is the {@code
 * VoteOutcome} decision's.
 *
 * @param months how long probation lasts from the ceremony
 * @param noticeTime the time of day, on the day probation ends, when the member and the secretaries
 *     are told to start the review
 * @param voteWorkingDays the branch votes within this many working days after probation ends
 * @param decisionWorkingDays the committee decides within this many working days after the vote
 * @param extensionWorkingDays the longest extension of the decision, in working days
 * @param extensions how many times the decision may be extended
 * @param votes after this many votes that reach the threshold neither way the case goes to the
 *     superior committee
 * @param superiorReviewWorkingDays the superior committee concludes within this many working days
 *     after the last vote (no rule names a figure: [?])
 */
@ConfigurationProperties("chibo.probation")
public record ProbationProperties(
    Integer months,
    LocalTime noticeTime,
    Integer voteWorkingDays,
    Integer decisionWorkingDays,
    Integer extensionWorkingDays,
    Integer extensions,
    Integer votes,
    Integer superiorReviewWorkingDays) {

  public ProbationProperties {
    months = months == null ? 12 : months;
    noticeTime = noticeTime == null ? LocalTime.of(7, 0) : noticeTime;
    voteWorkingDays = voteWorkingDays == null ? 30 : voteWorkingDays;
    decisionWorkingDays = decisionWorkingDays == null ? 30 : decisionWorkingDays;
    extensionWorkingDays = extensionWorkingDays == null ? 30 : extensionWorkingDays;
    extensions = extensions == null ? 1 : extensions;
    votes = votes == null ? 3 : votes;
    superiorReviewWorkingDays = superiorReviewWorkingDays == null ? 30 : superiorReviewWorkingDays;
    if (months < 1) {
      throw new IllegalArgumentException(
          "chibo.probation.months phải từ 1 trở lên, đang là " + months);
    }
    if (votes < 1) {
      throw new IllegalArgumentException(
          "chibo.probation.votes phải từ 1 trở lên, đang là " + votes);
    }
    if (voteWorkingDays < 1
        || decisionWorkingDays < 1
        || superiorReviewWorkingDays < 1
        || extensionWorkingDays < 0
        || extensions < 0) {
      throw new IllegalArgumentException(
          "chibo.probation: số ngày làm việc phải dương, số lần và số ngày gia hạn không được âm");
    }
  }
}
