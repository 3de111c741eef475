package vn.chibo.meeting;

import java.util.Objects;
import vn.chibo.organization.MemberStatus;

/** A member's line in a meeting's roll call, with the status the member had that day. */
public record Attendance(
    String meetingId, long memberId, MemberStatus memberStatus, Presence presence, String reason) {

  public Attendance {
    Objects.requireNonNull(memberStatus, "memberStatus");
    Objects.requireNonNull(presence, "presence");
  }
}
