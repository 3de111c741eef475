package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One meeting of a branch (buổi sinh hoạt chi bộ). The id is the business key of its {@code
 * BranchMeetingProcess}.
 */
public record Meeting(
    String id,
    long branchId,
    MeetingKind kind,
    YearMonth month,
    LocalDate scheduledDate,
    LocalTime startTime,
    String place,
    String thematicTopic,
    MeetingStatus status,
    String agreementComment,
    boolean agreementLate,
    LocalDateTime noticeSentAt,
    LocalDateTime heldStart,
    LocalDateTime heldEnd,
    boolean heldLate,
    String chairedBy,
    String minutesBy,
    String guests,
    String durationWarning,
    Integer score,
    String grade) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(scheduledDate, "scheduledDate");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(status, "status");
  }

  public LocalDateTime scheduledStart() {
    return scheduledDate.atTime(startTime);
  }

  public boolean hasThematicPart() {
    return kind == MeetingKind.THEMATIC || (thematicTopic != null && !thematicTopic.isBlank());
  }

  /** The self-assessed grade as people read it, or null before the assessment. */
  public String gradeLabel() {
    if (grade == null) {
      return null;
    }
    return switch (grade) {
      case "GOOD" -> "Tốt";
      case "FAIR" -> "Khá";
      case "AVERAGE" -> "Trung bình";
      default -> "Kém";
    };
  }

  /** The business key: MTG-&lt;branch&gt;-&lt;yyyy-MM&gt;, plus a suffix for extra meetings. */
  static String key(String branchCode, YearMonth month, MeetingKind kind, int sequence) {
    String base = "MTG-" + branchCode + "-" + month;
    return kind == MeetingKind.REGULAR ? base : base + "-" + kind.keySuffix() + sequence;
  }
}
