package vn.chibo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and times as the app's pages take them: typed day first whatever the browser's language,
 * the ISO forms of API clients and Camunda Forms still read, and a refusal that names the field.
 */
class InputsTest {

  @ParameterizedTest
  @CsvSource({
    "03/12/2026, 2026-12-03",
    "3/12/2026, 2026-12-03",
    "03.12.2026, 2026-12-03",
    "03-12-2026, 2026-12-03",
    "' 29/02/2028 ', 2028-02-29",
    "2026-12-03, 2026-12-03",
    "2026-12-03T00:00:00.000+0700, 2026-12-03"
  })
  void readsADateDayFirstOrIso(String typed, LocalDate expected) {
    Errors errors = new Errors();
    assertThat(Inputs.date(typed, "meetingDate", "ngày họp", errors)).isEqualTo(expected);
    assertThat(errors.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12/03/26", "31/02/2027", "29/02/2027", "13/13/2026", "mai", "2026/12/03"})
  void refusesADateThatIsNotOneNamingTheField(String typed) {
    Errors errors = new Errors();
    assertThat(Inputs.date(typed, "meetingDate", "ngày họp", errors)).isNull();
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new InvalidInputException.FieldError(
                            "meetingDate",
                            "ngày họp không hợp lệ (ngày/tháng/năm, ví dụ 03/12/2026)")));
  }

  @ParameterizedTest
  @CsvSource({
    "03/12/2026 08:00, 2026-12-03T08:00",
    "3/12/2026 8:05, 2026-12-03T08:05",
    "03/12/2026  19:30:15, 2026-12-03T19:30:15",
    "03.12.2026 08:00, 2026-12-03T08:00",
    "2026-12-03T08:00, 2026-12-03T08:00",
    "2026-12-03 08:00, 2026-12-03T08:00"
  })
  void readsADateAndTimeDayFirstOrIso(String typed, LocalDateTime expected) {
    Errors errors = new Errors();
    assertThat(Inputs.dateTime(typed, "heldStart", "thời gian bắt đầu", errors))
        .isEqualTo(expected);
    assertThat(errors.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/12/2026", "03/12/2026 8", "03/12/2026 24:00", "31/11/2026 08:00"})
  void refusesADateAndTimeThatIsNotOneNamingTheField(String typed) {
    Errors errors = new Errors();
    assertThat(Inputs.dateTime(typed, "heldStart", "thời gian bắt đầu", errors)).isNull();
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new InvalidInputException.FieldError(
                            "heldStart",
                            "thời gian bắt đầu không hợp lệ (ngày/tháng/năm giờ:phút, ví dụ"
                                + " 03/12/2026 08:00)")));
  }
}
