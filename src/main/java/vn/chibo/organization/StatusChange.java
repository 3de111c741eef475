package vn.chibo.organization;

import java.time.LocalDate;

/** One entry of a member's status history. */
public record StatusChange(MemberStatus status, LocalDate validFrom, String note) {}
