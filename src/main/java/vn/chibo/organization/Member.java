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
}
