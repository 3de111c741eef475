package vn.chibo.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the calendar: one year's rows, adding a row and deleting one. Access
 * (administrators only) is set in the security configuration.
 */
@Controller
class CalendarController {

  /** Years the page accepts; outside them a typo in the address is more likely than a plan. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2100;

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  CalendarController(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/calendar")
  String page(@RequestParam(name = "year", required = false) String year, Model model) {
    int shown = parseYear(year).orElse(currentYear());
    fill(model, shown, new AddForm("", DayKind.HOLIDAY.name(), "", ""), Map.of());
    return "calendar/calendar";
  }

  @PostMapping("/calendar")
  String add(
      @RequestParam(name = "date", defaultValue = "") String date,
      @RequestParam(name = "kind", defaultValue = "") String kind,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "source", defaultValue = "") String source,
      @RequestParam(name = "year", required = false) String year,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<LocalDate> day = VietnameseDates.parse(date);
    if (date.isBlank()) {
      errors.put("date", "Hãy nhập ngày.");
    } else if (day.isEmpty()) {
      errors.put(
          "date",
          "Không đọc được ngày «"
              + date.strip()
              + "»: hãy viết dạng ngày/tháng/năm, ví dụ 02/09/2026.");
    }
    DayKind dayKind = parseKind(kind);
    CalendarDay.problems(day.orElse(null), dayKind, name, source).forEach(errors::putIfAbsent);
    if (errors.isEmpty()) {
      CalendarDay row = new CalendarDay(day.get(), dayKind, name, source);
      try {
        calendar.add(row);
        redirect.addFlashAttribute(
            "notice",
            "Đã thêm "
                + VietnameseDates.format(row.date())
                + " ("
                + row.kind().label().toLowerCase(Locale.ROOT)
                + "): "
                + row.name()
                + ".");
        return "redirect:/calendar?year=" + row.year();
      } catch (DuplicateCalendarDayException e) {
        errors.put("date", duplicateMessage(e.existing()));
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    int shown = day.map(LocalDate::getYear).or(() -> parseYear(year)).orElse(currentYear());
    String dateValue = day.map(LocalDate::toString).orElse(date.strip());
    fill(model, shown, new AddForm(dateValue, kind, name, source), errors);
    return "calendar/calendar";
  }

  @PostMapping("/calendar/{date}/delete")
  String delete(@PathVariable String date, RedirectAttributes redirect) {
    LocalDate day =
        VietnameseDates.parse(date)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có ngày này."));
    if (calendar.remove(day)) {
      redirect.addFlashAttribute("notice", "Đã xóa ngày " + VietnameseDates.format(day) + ".");
    } else {
      redirect.addFlashAttribute(
          "problem",
          "Ngày "
              + VietnameseDates.format(day)
              + " không có trong lịch; có thể đã được xóa trước.");
    }
    return "redirect:/calendar?year=" + day.getYear();
  }

  private void fill(Model model, int year, AddForm form, Map<String, String> errors) {
    List<Row> rows = calendar.daysOf(year).stream().map(Row::of).toList();
    TreeSet<Integer> years = new TreeSet<>(calendar.yearsWithData());
    int current = currentYear();
    years.add(current - 1);
    years.add(current);
    years.add(current + 1);
    years.add(year);
    model.addAttribute("year", year);
    model.addAttribute("years", years.descendingSet());
    model.addAttribute("rows", rows);
    model.addAttribute("kinds", DayKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("hasData", !rows.isEmpty());
  }

  private static String duplicateMessage(CalendarDay existing) {
    return "Ngày "
        + VietnameseDates.format(existing.date())
        + " đã có trong lịch ("
        + existing.kind().label().toLowerCase(Locale.ROOT)
        + ": "
        + existing.name()
        + "). Muốn sửa thì xóa dòng đó rồi thêm lại.";
  }

  private static DayKind parseKind(String kind) {
    for (DayKind k : DayKind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }

  private static Optional<Integer> parseYear(String year) {
    if (year == null || year.isBlank()) {
      return Optional.empty();
    }
    try {
      int value = Integer.parseInt(year.strip());
      return value >= FIRST_YEAR && value <= LAST_YEAR ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private int currentYear() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)).getYear();
  }

  /** What the add form shows: the values as typed, so a rejected form keeps them. */
  record AddForm(String date, String kind, String name, String source) {}

  /** A row as the table shows it. */
  record Row(CalendarDay day, String date, String isoDate, String weekday, String kindLabel) {

    static Row of(CalendarDay day) {
      return new Row(
          day,
          VietnameseDates.format(day.date()),
          day.date().toString(),
          VietnameseDates.weekday(day.date()),
          day.kind().label());
    }
  }
}
