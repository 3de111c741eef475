package vn.chibo.admission.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What the branch knows about an applicant on the day it considers the case. The month counts the
 * {@code AdmissionEligibility} decision compares with its thresholds are derived here; the
 * thresholds themselves are the table's.
 *
 * @param considerationDate the day the branch considers the case; also the effective date that
 *     picks the rule set
 * @param birthDate the applicant's date of birth
 * @param over60Approved the standing committee of the provincial-level committee has agreed in
 *     writing to admitting someone over 60, and the approval is on file
 * @param education the highest general education completed
 * @param educationExemption a hardship-area exception to the education rule is on file
 * @param certificateDate the date of the party-awareness course certificate; {@code null} when
 *     there is none
 * @param introducers the members who introduce the applicant, official or not; only official
 *     members count
 * @param organisationIntroduction a resolution of the grassroots Youth Union committee (or the
 *     trade-union committee where there is no Youth Union) introduces the applicant in place of one
 *     member
 * @param oldestDocumentDate the date of the oldest dated document of the dossier other than the
 *     certificate; {@code null} when the dossier has none yet
 */
public record EligibilityFacts(
    LocalDate considerationDate,
    LocalDate birthDate,
    boolean over60Approved,
    Education education,
    boolean educationExemption,
    LocalDate certificateDate,
    List<Introducer> introducers,
    boolean organisationIntroduction,
    LocalDate oldestDocumentDate) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  public EligibilityFacts {
    requirePresent(considerationDate, "considerationDate", "ngày chi bộ xét kết nạp");
    requirePresent(birthDate, "birthDate", "ngày sinh");
    requirePresent(education, "education", "trình độ học vấn");
    requirePresent(introducers, "introducers", "danh sách người giới thiệu");
    if (introducers.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("Danh sách người giới thiệu (introducers) có dòng trống");
    }
    introducers = List.copyOf(introducers);
    if (!birthDate.isBefore(considerationDate)) {
      throw new IllegalArgumentException(
          "Ngày sinh (birthDate = "
              + DAY.format(birthDate)
              + ") phải trước ngày chi bộ xét kết nạp (considerationDate = "
              + DAY.format(considerationDate)
              + ")");
    }
    requireNotAfter(
        certificateDate,
        considerationDate,
        "certificateDate",
        "Ngày cấp giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng");
    requireNotAfter(
        oldestDocumentDate,
        considerationDate,
        "oldestDocumentDate",
        "Ngày lập văn bản cũ nhất của hồ sơ");
  }

  /**
   * The age counted in months (tính theo tháng): the month of consideration minus the month of
   * birth, the days ignored — born in 12/2008, the applicant is 216 months (full 18) on every day
   * of 12/2026, and 60 years 0 months is 720.
   */
  public int ageMonths() {
    return monthNumber(considerationDate) - monthNumber(birthDate);
  }

  /**
   * Which month since its issue the certificate is in on the consideration date, a month begun
   * counting as a month: exactly 60 months after the issue date it is in month 60, the next day in
   * month 61. {@code null} when there is no certificate.
   */
  public Integer certificateAgeMonths() {
    return certificateDate == null ? null : monthsBegun(certificateDate, considerationDate);
  }

  /**
   * Which month since it was drawn up the oldest dated document is in on the consideration date,
   * counted as {@link #certificateAgeMonths()}. {@code null} when there is no dated document.
   */
  public Integer documentAgeMonths() {
    return oldestDocumentDate == null ? null : monthsBegun(oldestDocumentDate, considerationDate);
  }

  private static int monthNumber(LocalDate day) {
    return day.getYear() * 12 + day.getMonthValue();
  }

  private static int monthsBegun(LocalDate from, LocalDate to) {
    long full = ChronoUnit.MONTHS.between(from, to);
    return Math.toIntExact(from.plusMonths(full).isBefore(to) ? full + 1 : full);
  }

  private static void requirePresent(Object value, String field, String label) {
    if (value == null) {
      throw new IllegalArgumentException("Thiếu " + label + " (" + field + ")");
    }
  }

  private static void requireNotAfter(
      LocalDate day, LocalDate considerationDate, String field, String label) {
    if (day != null && day.isAfter(considerationDate)) {
      throw new IllegalArgumentException(
          label
              + " ("
              + field
              + " = "
              + DAY.format(day)
              + ") không được sau ngày chi bộ xét kết nạp ("
              + DAY.format(considerationDate)
              + ")");
    }
  }
}
