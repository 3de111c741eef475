package vn.chibo.admission.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month counts derived from the facts, and the facts that cannot be true. */
class AdmissionEligibilityFactsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
  private static final Introducer AN = new Introducer("Trần Văn An", true, 24, false);

  @ParameterizedTest(name = "sinh {0}, xét {1}: {2} tháng")
  @CsvSource({
    "2008-12-31, 2026-11-30, 215",
    "2008-12-31, 2026-12-01, 216",
    "2008-12-01, 2026-12-31, 216",
    "1966-03-31, 2026-03-01, 720",
    "1966-02-01, 2026-03-31, 721",
  })
  void countsTheAgeFromTheMonthOfBirthIgnoringTheDay(
      LocalDate birthDate, LocalDate considerationDate, int months) {
    assertThat(facts(considerationDate, birthDate, null, null).ageMonths()).isEqualTo(months);
  }

  @ParameterizedTest(name = "từ {0} đến {1}: tháng thứ {2}")
  @CsvSource({
    "2026-03-03, 2026-03-03, 0",
    "2026-03-02, 2026-03-03, 1",
    "2026-02-03, 2026-03-03, 1",
    "2026-02-02, 2026-03-03, 2",
    "2021-03-03, 2026-03-03, 60",
    "2021-03-02, 2026-03-03, 61",
    // a month from the 31st ends on the last day of a shorter month
    "2021-01-31, 2021-02-28, 1",
    "2021-01-31, 2021-03-01, 2",
    "2021-01-31, 2026-01-31, 60",
  })
  void countsABegunMonthOfTheCertificateAndTheDocumentsAsAMonth(
      LocalDate issued, LocalDate considerationDate, int month) {
    EligibilityFacts facts = facts(considerationDate, LocalDate.of(1990, 1, 1), issued, issued);
    assertThat(facts.certificateAgeMonths()).isEqualTo(month);
    assertThat(facts.documentAgeMonths()).isEqualTo(month);
  }

  @Test
  void hasNoMonthCountForAMissingCertificateOrDocument() {
    EligibilityFacts facts = facts(TODAY, LocalDate.of(1990, 1, 1), null, null);
    assertThat(facts.certificateAgeMonths()).isNull();
    assertThat(facts.documentAgeMonths()).isNull();
  }

  @Test
  void keepsItsOwnCopyOfTheIntroducers() {
    List<Introducer> introducers = new ArrayList<>(List.of(AN));
    EligibilityFacts facts =
        new EligibilityFacts(
            TODAY,
            LocalDate.of(1990, 1, 1),
            false,
            Education.COLLEGE_OR_HIGHER,
            false,
            null,
            introducers,
            false,
            null);
    introducers.clear();
    assertThat(facts.introducers()).containsExactly(AN);
  }

  @Test
  void refusesMissingRequiredFacts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts(null, LocalDate.of(1990, 1, 1), null, null))
        .withMessage("Thiếu ngày chi bộ xét kết nạp (considerationDate)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts(TODAY, null, null, null))
        .withMessage("Thiếu ngày sinh (birthDate)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new EligibilityFacts(
                    TODAY,
                    LocalDate.of(1990, 1, 1),
                    false,
                    null,
                    false,
                    null,
                    List.of(),
                    false,
                    null))
        .withMessage("Thiếu trình độ học vấn (education)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new EligibilityFacts(
                    TODAY,
                    LocalDate.of(1990, 1, 1),
                    false,
                    Education.PRIMARY,
                    false,
                    null,
                    null,
                    false,
                    null))
        .withMessage("Thiếu danh sách người giới thiệu (introducers)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new EligibilityFacts(
                    TODAY,
                    LocalDate.of(1990, 1, 1),
                    false,
                    Education.PRIMARY,
                    false,
                    null,
                    Arrays.asList(AN, null),
                    false,
                    null))
        .withMessage("Danh sách người giới thiệu (introducers) có dòng trống");
  }

  @Test
  void refusesDatesAfterTheConsideration() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts(TODAY, TODAY, null, null))
        .withMessage(
            "Ngày sinh (birthDate = 03/03/2026) phải trước ngày chi bộ xét kết nạp"
                + " (considerationDate = 03/03/2026)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts(TODAY, LocalDate.of(1990, 1, 1), TODAY.plusDays(1), null))
        .withMessage(
            "Ngày cấp giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (certificateDate ="
                + " 04/03/2026) không được sau ngày chi bộ xét kết nạp (03/03/2026)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts(TODAY, LocalDate.of(1990, 1, 1), null, TODAY.plusMonths(1)))
        .withMessage(
            "Ngày lập văn bản cũ nhất của hồ sơ (oldestDocumentDate = 03/04/2026) không được sau"
                + " ngày chi bộ xét kết nạp (03/03/2026)");
  }

  @Test
  void refusesAnIntroducerWithoutANameOrWithNegativeMonths() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Introducer(" ", true, 12, false))
        .withMessage("Thiếu họ tên người giới thiệu (name)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Introducer("Lê Thị Bình", true, -1, false))
        .withMessage(
            "Số tháng người giới thiệu Lê Thị Bình cùng công tác, học tập hoặc sinh hoạt với người"
                + " vào Đảng (monthsKnown) không được âm, đang là -1");
  }

  @Test
  void refusesAnEligibilityThatContradictsItsReasons() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Eligibility(true, List.of("Chưa có giấy chứng nhận"), "Quy định"))
        .withMessageStartingWith("Đã đủ điều kiện thì không được còn lý do");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Eligibility(false, List.of(), "Quy định"))
        .withMessage("Chưa đủ điều kiện thì phải nêu ít nhất một lý do");
  }

  private static EligibilityFacts facts(
      LocalDate considerationDate,
      LocalDate birthDate,
      LocalDate certificateDate,
      LocalDate oldestDocumentDate) {
    return new EligibilityFacts(
        considerationDate,
        birthDate,
        false,
        Education.UPPER_SECONDARY,
        false,
        certificateDate,
        List.of(AN),
        false,
        oldestDocumentDate);
  }
}
