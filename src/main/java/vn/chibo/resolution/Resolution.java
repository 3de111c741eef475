package vn.chibo.resolution;

import java.time.LocalDateTime;
import java.util.Objects;

/** A meeting's resolution (nghị quyết) and the count of its latest vote. */
public record Resolution(
    String meetingId,
    String draft,
    int revision,
    ResolutionStatus status,
    Integer votesFor,
    Integer votesAgainst,
    Integer votesAbstain,
    Integer base,
    Integer required,
    Integer officialConvened,
    Integer transferred,
    Integer exemptedAbsent,
    LocalDateTime votedAt) {

  public Resolution {
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(status, "status");
  }

  public boolean isVoted() {
    return votedAt != null;
  }
}
