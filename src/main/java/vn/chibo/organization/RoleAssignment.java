package vn.chibo.organization;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role held by a member in an organisation for a term: from {@code validFrom} (inclusive) until
 * {@code validTo} (exclusive, the first day without the role); {@code validTo} null = open-ended.
 */
public record RoleAssignment(
    long id,
    long memberId,
    long organizationId,
    RoleType role,
    LocalDate validFrom,
    LocalDate validTo,
    Long subjectMemberId) {

  public RoleAssignment {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("validTo before validFrom");
    }
  }

  /** In force on {@code day}: the term has begun and its end is still to come. */
  public boolean isActiveOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
  }
}
