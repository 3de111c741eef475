package vn.chibo.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working-day arithmetic for API clients and scripts, open to every logged-in user: what date is n
 * working days after a given one.
 */
@RestController
class CalendarApiController {

  static final String PROBLEM_TITLE = "Tham số không hợp lệ";

  private final WorkingDayCalendar calendar;

  CalendarApiController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@code GET /api/calendar/working-days?from=2026-02-13&days=1} → date 2026-02-23. */
  @GetMapping("/api/calendar/working-days")
  ResponseEntity<?> workingDays(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "days", required = false) String days) {
    if (from == null || from.isBlank()) {
      return badRequest(
          "from", "Thiếu tham số from: ngày bắt đầu, dạng yyyy-MM-dd, ví dụ 2026-02-13.");
    }
    LocalDate start;
    try {
      start = LocalDate.parse(from.strip());
    } catch (DateTimeParseException e) {
      return badRequest(
          "from",
          "Tham số from không phải một ngày dạng yyyy-MM-dd (ví dụ 2026-02-13): «"
              + from.strip()
              + "».");
    }
    String range =
        "số nguyên từ -"
            + WorkingDayCalendar.MAX_WORKING_DAYS
            + " đến "
            + WorkingDayCalendar.MAX_WORKING_DAYS
            + ", số âm để tính lùi";
    if (days == null || days.isBlank()) {
      return badRequest("days", "Thiếu tham số days: số ngày làm việc, " + range + ".");
    }
    int n;
    try {
      n = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      return badRequest("days", "Tham số days phải là " + range + ": «" + days.strip() + "».");
    }
    if (Math.abs((long) n) > WorkingDayCalendar.MAX_WORKING_DAYS) {
      return badRequest("days", "Tham số days phải là " + range + ": «" + n + "».");
    }
    return ResponseEntity.ok(new WorkingDaysAnswer(start, n, calendar.addWorkingDays(start, n)));
  }

  private static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle(PROBLEM_TITLE);
    problem.setProperty("parameter", parameter);
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The answer: {@code date} is {@code days} working days after (or before) {@code from}. */
  record WorkingDaysAnswer(LocalDate from, int days, LocalDate date) {}
}
