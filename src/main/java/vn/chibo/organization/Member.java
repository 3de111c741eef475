package vn.chibo.organization;

import java.time.LocalDate;
import java.util.Objects;

/** A person on a branch's roll or list of candidates (đảng viên / quần chúng). */
public record Member(
    long id,
    String code,
    String fullName,
    LocalDate birthDate,
    Gender gender,
    long branchId,
    MemberStatus status,
    LocalDate statusSince,
    LocalDate admissionDecisionDate,
    LocalDate ceremonyDate,
    LocalDate recognitionDate,
    String email,
    String phone,
    String username) {

  public Member {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
  }

  /** The same person in another status from {@code since}. */
  public Member withStatus(MemberStatus newStatus, LocalDate since) {
    return new Member(
        id,
        code,
        fullName,
        birthDate,
        gender,
        branchId,
        newStatus,
        since,
        admissionDecisionDate,
        ceremonyDate,
        recognitionDate,
        email,
        phone,
        username);
  }

  /** The same person with the dates of admission and recognition (party seniority). */
  public Member withPartyDates(LocalDate decision, LocalDate ceremony, LocalDate recognition) {
    return new Member(
        id,
        code,
        fullName,
        birthDate,
        gender,
        branchId,
        status,
        statusSince,
        decision,
        ceremony,
        recognition,
        email,
        phone,
        username);
  }
}
