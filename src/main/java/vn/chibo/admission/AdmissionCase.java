package vn.chibo.admission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One admission case (hồ sơ kết nạp đảng viên). The id is the business key of its {@code
 * MemberAdmissionProcess}.
 *
 * @param committeeVotesFor members of the competent committee who agreed to admit, once it did
 * @param committeeMembers the committee's members on that day, the base of its vote
 */
public record AdmissionCase(
    String id,
    long branchId,
    long memberId,
    AdmissionStage stage,
    Long mentorMemberId,
    String education,
    boolean educationExemption,
    boolean organisationIntroduction,
    boolean over60Approved,
    LocalDate eligibilityCheckedOn,
    String eligibilityRuleSet,
    String eligibilityReasons,
    LocalDate voteDate,
    Integer votesFor,
    Integer votesAgainst,
    Integer votesAbstain,
    Integer voteBase,
    Integer voteRequired,
    Boolean reviewPassed,
    String reviewNote,
    LocalDate decisionDue,
    Integer decisionExtensionDays,
    String decisionExtensionReason,
    Boolean decisionApproved,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionReason,
    LocalDate decisionReceived,
    LocalDate ceremonyDue,
    Boolean lateCeremonyApproved,
    String lateCeremonyNote,
    LocalDate ceremonyDate,
    LocalDate memberFileDue,
    LocalDate memberFileCompleted,
    String outcomeReason,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    Integer committeeVotesFor,
    Integer committeeMembers) {

  public AdmissionCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
  }

  /** The business key: ADM-&lt;branch&gt;-&lt;n&gt;. */
  static String key(String branchCode, int sequence) {
    return "ADM-" + branchCode + "-" + sequence;
  }

  /** The deadline of the step the case waits at, if a rule sets one. */
  public LocalDate currentDue() {
    return switch (stage) {
      case DECISION -> decisionDue;
      case CEREMONY -> ceremonyDue;
      case MEMBER_FILE -> memberFileDue;
      default -> null;
    };
  }
}
