package vn.chibo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of one calendar row and the way dates are read and written for people. */
class CalendarDayTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 2, 16);
  private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 10);

  @Test
  void acceptsAHolidayOnAWeekdayAndAWorkdayOnAWeekend() {
    var holiday = new CalendarDay(MONDAY, DayKind.HOLIDAY, " Tết Nguyên đán Bính Ngọ ", "  ");
    assertThat(holiday.name()).isEqualTo("Tết Nguyên đán Bính Ngọ");
    assertThat(holiday.source()).isNull();
    assertThat(holiday.year()).isEqualTo(2026);
    var workday = new CalendarDay(SATURDAY, DayKind.WORKDAY, "Làm bù cho ngày 02/01", "VPCP");
    assertThat(workday.kind().label()).isEqualTo("Ngày làm bù");
  }

  @Test
  void rejectsAHolidayOnAWeekendBecauseItWouldChangeNothing() {
    assertThatThrownBy(() -> new CalendarDay(SATURDAY, DayKind.HOLIDAY, "Nghỉ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("là thứ Bảy, vốn đã là ngày nghỉ hằng tuần");
    assertThat(CalendarDay.problems(LocalDate.of(2026, 1, 11), DayKind.HOLIDAY, "Nghỉ", null))
        .containsEntry(
            "date",
            "Ngày 11/01/2026 là Chủ nhật, vốn đã là ngày nghỉ hằng tuần: ngày nghỉ chỉ ghi cho"
                + " thứ Hai đến thứ Sáu.");
  }

  @Test
  void rejectsAWorkdayOnAWeekdayBecauseItWouldChangeNothing() {
    assertThatThrownBy(() -> new CalendarDay(MONDAY, DayKind.WORKDAY, "Làm bù", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("là thứ Hai, vốn đã là ngày làm việc");
  }

  @Test
  void collectsEveryProblemAtOnceSoThePageCanShowThemAll() {
    assertThat(CalendarDay.problems(null, null, "  ", "x".repeat(501)))
        .containsOnlyKeys("date", "kind", "name", "source")
        .containsEntry("date", "Hãy nhập ngày.")
        .containsEntry("kind", "Hãy chọn loại ngày: ngày nghỉ hoặc ngày làm bù.")
        .containsEntry("name", "Hãy nhập tên ngày, ví dụ Tết Nguyên đán Bính Ngọ.")
        .containsEntry("source", "Căn cứ dài quá 500 ký tự.");
    assertThat(CalendarDay.problems(MONDAY, DayKind.HOLIDAY, "x".repeat(201), null))
        .containsOnlyKeys("name");
    assertThatThrownBy(() -> new CalendarDay(null, DayKind.HOLIDAY, "Tết", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Hãy nhập ngày.");
  }

  @Test
  void storesNamesInComposedFormWhateverTheKeyboardSent() {
    String decomposed = Normalizer.normalize("Giỗ Tổ Hùng Vương", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("Giỗ Tổ Hùng Vương");
    assertThat(new CalendarDay(MONDAY, DayKind.HOLIDAY, decomposed, null).name())
        .isEqualTo("Giỗ Tổ Hùng Vương");
  }

  @Test
  void readsDatesAsPeopleAndBrowsersWriteThem() {
    LocalDate nationalDay = LocalDate.of(2026, 9, 2);
    assertThat(VietnameseDates.parse("02/09/2026")).contains(nationalDay);
    assertThat(VietnameseDates.parse(" 2/9/2026 ")).contains(nationalDay);
    assertThat(VietnameseDates.parse("2026-09-02")).contains(nationalDay);
    assertThat(VietnameseDates.parse("31/02/2026")).isEmpty();
    assertThat(VietnameseDates.parse("09/02")).isEmpty();
    assertThat(VietnameseDates.parse("hôm nay")).isEmpty();
    assertThat(VietnameseDates.parse("")).isEmpty();
    assertThat(VietnameseDates.parse(null)).isEmpty();
  }

  @Test
  void writesDatesAndWeekdaysInVietnamese() {
    assertThat(VietnameseDates.format(LocalDate.of(2026, 1, 2))).isEqualTo("02/01/2026");
    assertThat(VietnameseDates.weekday(MONDAY)).isEqualTo("Thứ Hai");
    assertThat(VietnameseDates.weekday(LocalDate.of(2026, 2, 18))).isEqualTo("Thứ Tư");
    assertThat(VietnameseDates.weekday(LocalDate.of(2026, 2, 15))).isEqualTo("Chủ nhật");
    assertThat(VietnameseDates.weekdayInSentence(SATURDAY)).isEqualTo("thứ Bảy");
    assertThat(VietnameseDates.weekdayInSentence(LocalDate.of(2026, 2, 15))).isEqualTo("Chủ nhật");
  }
}
