package vn.chibo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.support.Http.DEMO_PASSWORD;
import static vn.chibo.support.Http.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.Http;

/**
 * The working-day calendar as deadlines and administrators meet it, run against each supported
 * database by the subclasses: the seeded 2025–2027 schedules, the arithmetic over holidays, days
 * off in lieu and make-up Saturdays, the fallback for a year nobody has entered, edits that count
 * at once, the administrators' page and the working-days API.
 *
 * <p>Edits use October 2027, which has no seeded row, and are undone after each test.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class CalendarScenarios {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final LocalDate EDIT_MONTH = LocalDate.of(2027, 10, 1);
  private static final String ADMIN = "admin";
  private static final String MEMBER = "annv";

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcClient jdbc;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void undoEdits() {
    for (LocalDate d = EDIT_MONTH; d.getMonth() == EDIT_MONTH.getMonth(); d = d.plusDays(1)) {
      calendar.remove(d);
    }
  }

  // --- the seeded schedules and the arithmetic --------------------------------------------------

  @Test
  void oneWorkingDayAfterTheFridayBeforeTetBinhNgoIsTheMondayAfterIt() {
    assertThat(calendar.addWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 23));
    for (LocalDate d = day(2026, 2, 16); !d.isAfter(day(2026, 2, 20)); d = d.plusDays(1)) {
      assertThat(calendar.isHoliday(d)).as("%s", d).isTrue();
      assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
      assertThat(calendar.holidayName(d)).as("%s", d).contains("Tết Nguyên đán Bính Ngọ");
    }
    // The weekends around Tết are days off but not holidays.
    assertThat(calendar.isWorkingDay(day(2026, 2, 14))).isFalse();
    assertThat(calendar.isHoliday(day(2026, 2, 14))).isFalse();
    assertThat(calendar.holidayName(day(2026, 2, 14))).isEmpty();
    assertThat(calendar.isWorkingDay(day(2026, 2, 13))).isTrue();
    assertThat(calendar.holidayName(day(2026, 2, 13))).isEmpty();
  }

  @Test
  void aHolidayOnASundayGivesTheNextMondayOff() {
    // Giỗ Tổ Hùng Vương 2026 (10/3 âm lịch) is Sunday 26/04.
    assertThat(calendar.isHoliday(day(2026, 4, 26))).isFalse();
    assertThat(calendar.isWorkingDay(day(2026, 4, 26))).isFalse();
    assertThat(calendar.holidayName(day(2026, 4, 27))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
    assertThat(calendar.isWorkingDay(day(2026, 4, 27))).isFalse();
    assertThat(calendar.addWorkingDays(day(2026, 4, 24), 1)).isEqualTo(day(2026, 4, 28));
    // 1/5/2027 is a Saturday: Monday 3/5 is off instead.
    assertThat(calendar.holidayName(day(2027, 5, 3))).contains("Nghỉ bù Ngày Quốc tế Lao động 1/5");
    assertThat(calendar.nextWorkingDay(day(2027, 4, 30))).isEqualTo(day(2027, 5, 4));
  }

  @Test
  void aSaturdayWorkedForASwappedDayCountsAsAWorkingDay() {
    assertThat(calendar.isWorkingDay(day(2026, 1, 10))).isTrue();
    assertThat(calendar.isHoliday(day(2026, 1, 10))).isFalse();
    assertThat(calendar.day(day(2026, 1, 10)))
        .hasValueSatisfying(
            d -> {
              assertThat(d.kind()).isEqualTo(DayKind.WORKDAY);
              assertThat(d.name()).isEqualTo("Làm bù cho ngày 02/01");
            });
    assertThat(calendar.addWorkingDays(day(2026, 1, 9), 1)).isEqualTo(day(2026, 1, 10));
    // Across the new year: 1/1 and the swapped 2/1 are off, then the weekend.
    assertThat(calendar.addWorkingDays(day(2025, 12, 31), 1)).isEqualTo(day(2026, 1, 5));
    // Quốc khánh 2026: Saturday 22/08 is worked so that Monday 31/08 joins the holiday.
    assertThat(calendar.addWorkingDays(day(2026, 8, 21), 1)).isEqualTo(day(2026, 8, 22));
    assertThat(calendar.addWorkingDays(day(2026, 8, 28), 1)).isEqualTo(day(2026, 9, 3));
    assertThat(calendar.addWorkingDays(day(2025, 4, 25), 1)).isEqualTo(day(2025, 4, 26));
  }

  @Test
  void countsBackwardsWithANegativeNumberAndNotAtAllWithZero() {
    assertThat(calendar.addWorkingDays(day(2026, 2, 23), -1)).isEqualTo(day(2026, 2, 13));
    assertThat(calendar.addWorkingDays(day(2026, 1, 12), -1)).isEqualTo(day(2026, 1, 10));
    assertThat(calendar.addWorkingDays(day(2026, 1, 5), -2)).isEqualTo(day(2025, 12, 30));
    assertThat(calendar.addWorkingDays(day(2026, 2, 17), 0)).isEqualTo(day(2026, 2, 17));
    assertThat(calendar.previousWorkingDay(day(2026, 2, 22))).isEqualTo(day(2026, 2, 13));
    assertThat(calendar.previousWorkingDay(day(2026, 2, 13))).isEqualTo(day(2026, 2, 13));
    assertThat(calendar.nextWorkingDay(day(2026, 2, 14))).isEqualTo(day(2026, 2, 23));
    assertThat(calendar.nextWorkingDay(day(2026, 2, 23))).isEqualTo(day(2026, 2, 23));
  }

  @Test
  void countsTheWorkingDaysBetweenTwoDates() {
    assertThat(calendar.workingDaysBetween(day(2026, 2, 13), day(2026, 2, 23))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(day(2026, 2, 13), day(2026, 2, 22))).isZero();
    assertThat(calendar.workingDaysBetween(day(2026, 2, 13), day(2026, 2, 13))).isZero();
    assertThat(calendar.workingDaysBetween(day(2026, 2, 23), day(2026, 2, 13))).isEqualTo(-1);
    // January 2026: 22 weekdays, minus 1/1 and the swapped 2/1, plus Saturday 10/1.
    assertThat(calendar.workingDaysBetween(day(2025, 12, 31), day(2026, 1, 31))).isEqualTo(21);
    // 2026 as a whole: 261 weekdays, 13 of them days off, 2 Saturdays worked.
    assertThat(calendar.workingDaysBetween(day(2025, 12, 31), day(2026, 12, 31))).isEqualTo(250);
  }

  @Test
  void sixtyWorkingDaysAfterMondayFifthOfJanuary2026IsFridayThirdOfApril() {
    // By hand, counting from Tuesday 6/1: 6–9/1 → 4, Saturday 10/1 (make-up) → 5, 12–16/1 → 10,
    // 19–23/1 → 15, 26–30/1 → 20, 2–6/2 → 25, 9–13/2 → 30, 16–20/2 Tết (none), 23–27/2 → 35,
    // 2–6/3 → 40, 9–13/3 → 45, 16–20/3 → 50, 23–27/3 → 55, 30/3–3/4 → 60: Friday 3/4/2026.
    LocalDate branchResolution = day(2026, 1, 5);
    assertThat(calendar.addWorkingDays(branchResolution, 60)).isEqualTo(day(2026, 4, 3));
    assertThat(calendar.workingDaysBetween(branchResolution, day(2026, 4, 3))).isEqualTo(60);
  }

  @Test
  void aYearWithoutRowsCountsOnlyWeekendsAsDaysOffAndWarnsOnce(CapturedOutput output) {
    assertThat(calendar.yearsWithData()).contains(2025, 2026, 2027).doesNotContain(2031);
    // Wednesday 1/1/2031 would be Tết Dương lịch, but nobody has entered 2031 yet.
    assertThat(calendar.isWorkingDay(day(2031, 1, 1))).isTrue();
    assertThat(calendar.isHoliday(day(2031, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(day(2031, 1, 4))).isFalse();
    assertThat(calendar.addWorkingDays(day(2031, 1, 3), 1)).isEqualTo(day(2031, 1, 6));
    assertThat(calendar.daysOf(2031)).isEmpty();
    String warning = "No working-day calendar rows for year 2031";
    assertThat(output.getOut().lines().filter(l -> l.contains(warning)))
        .singleElement()
        .asString()
        .contains("WARN");
  }

  @Test
  void anEditThroughTheServiceCountsAtOnce() {
    LocalDate monday = day(2027, 10, 11);
    LocalDate saturday = day(2027, 10, 16);
    // Read first, so the year is in the cache when the edit comes.
    assertThat(calendar.isWorkingDay(monday)).isTrue();
    assertThat(calendar.addWorkingDays(day(2027, 10, 8), 1)).isEqualTo(monday);

    calendar.add(new CalendarDay(monday, DayKind.HOLIDAY, "Nghỉ thử nghiệm", "Kiểm thử"));
    assertThat(calendar.isWorkingDay(monday)).isFalse();
    assertThat(calendar.holidayName(monday)).contains("Nghỉ thử nghiệm");
    assertThat(calendar.addWorkingDays(day(2027, 10, 8), 1)).isEqualTo(day(2027, 10, 12));

    calendar.add(new CalendarDay(saturday, DayKind.WORKDAY, "Làm bù cho ngày 11/10", null));
    assertThat(calendar.isWorkingDay(saturday)).isTrue();
    assertThat(calendar.addWorkingDays(day(2027, 10, 15), 1)).isEqualTo(saturday);

    assertThat(calendar.remove(monday)).isTrue();
    assertThat(calendar.remove(monday)).isFalse();
    assertThat(calendar.isWorkingDay(monday)).isTrue();
    assertThat(calendar.holidayName(monday)).isEmpty();
  }

  @Test
  void turnsADayIntoACamundaDueDateInVietnamTime() {
    var due = calendar.endOfDay(day(2026, 2, 23)).toInstant();
    assertThat(due.atZone(WorkingDayCalendar.ZONE).toLocalDateTime())
        .isEqualTo(day(2026, 2, 23).atTime(23, 59, 59));
    // Vietnam is UTC+7 all year round.
    assertThat(due.toString()).isEqualTo("2026-02-23T16:59:59Z");
    var meeting = calendar.at(day(2026, 9, 3), LocalTime.of(8, 0)).toInstant();
    assertThat(ZonedDateTime.ofInstant(meeting, WorkingDayCalendar.ZONE).getHour()).isEqualTo(8);
    assertThat(meeting.toString()).isEqualTo("2026-09-03T01:00:00Z");
  }

  @Test
  void rejectsMissingDatesAndAbsurdCountsWithClearExceptions() {
    assertThatThrownBy(() -> calendar.isWorkingDay(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must not be null");
    assertThatThrownBy(() -> calendar.addWorkingDays(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must not be null");
    assertThatThrownBy(() -> calendar.workingDaysBetween(day(2026, 1, 1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toInclusive must not be null");
    assertThatThrownBy(() -> calendar.at(day(2026, 1, 1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time must not be null");
    assertThatThrownBy(() -> calendar.addWorkingDays(day(2026, 1, 1), Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be between -2600 and 2600");
    assertThatThrownBy(() -> calendar.workingDaysBetween(day(2000, 1, 1), day(2030, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 20 years");
  }

  // --- the administrators' page -----------------------------------------------------------------

  @Test
  void anAdministratorSeesAYearAddsADayAndDeletesIt() {
    var admin = login(ADMIN);
    var page = admin.get("/calendar?year=2026");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Lịch ngày làm việc", "Năm 2026")
        .contains("16/02/2026", "Tết Nguyên đán Bính Ngọ", "Thứ Hai", "Ngày nghỉ")
        .contains("10/01/2026", "Làm bù cho ngày 02/01", "Thứ Bảy", "Ngày làm bù")
        .doesNotContain("Tết Nguyên đán Ất Tỵ");

    var added =
        post(
            admin,
            "/calendar",
            form("date", "2027-10-12", "kind", "HOLIDAY", "name", "Nghỉ thử nghiệm", "source", ""));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/calendar?year=2027");
    assertThat(calendar.isHoliday(day(2027, 10, 12))).isTrue();
    assertThat(admin.get("/calendar?year=2027").body())
        .contains("Đã thêm 12/10/2027 (ngày nghỉ): Nghỉ thử nghiệm.")
        .contains("12/10/2027", "Nghỉ thử nghiệm", "Thứ Ba");

    // Typed by hand, day first, as people write dates.
    var typed =
        post(
            admin,
            "/calendar",
            form("date", "16/10/2027", "kind", "WORKDAY", "name", "Làm bù cho ngày 12/10"));
    assertThat(typed.statusCode()).isEqualTo(302);
    assertThat(calendar.isWorkingDay(day(2027, 10, 16))).isTrue();
    assertThat(admin.get("/calendar?year=2027").body())
        .contains("Đã thêm 16/10/2027 (ngày làm bù): Làm bù cho ngày 12/10.");

    var deleted = post(admin, "/calendar/2027-10-12/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(calendar.isHoliday(day(2027, 10, 12))).isFalse();
    assertThat(admin.get("/calendar?year=2027").body())
        .contains("Đã xóa ngày 12/10/2027.")
        .doesNotContain("Nghỉ thử nghiệm");
    var again = post(admin, "/calendar/2027-10-12/delete", Map.of());
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(admin.get("/calendar?year=2027").body()).contains("không có trong lịch");
  }

  @Test
  void theCurrentYearIsShownByDefaultAndAnEmptyYearSaysSo() {
    var admin = login(ADMIN);
    String currentYear = String.valueOf(LocalDate.now(WorkingDayCalendar.ZONE).getYear());
    assertThat(admin.get("/calendar").body()).contains("Năm " + currentYear);
    assertThat(admin.get("/calendar?year=2032").body())
        .contains("Năm 2032 chưa có ngày nào trong lịch")
        .contains("chỉ coi thứ Bảy và Chủ nhật là ngày nghỉ");
  }

  @Test
  void onlyAdministratorsMayOpenOrChangeTheCalendar() {
    int rows = rowCount();
    var member = login(MEMBER);
    assertThat(member.get("/calendar").statusCode()).isEqualTo(403);
    assertThat(member.get("/calendar?year=2026").statusCode()).isEqualTo(403);
    String token = csrf(member.get("/").body());
    var add =
        http.post(
            "/calendar",
            "application/x-www-form-urlencoded",
            encode(
                form(
                    "date", "2027-10-12", "kind", "HOLIDAY", "name", "Không được", "_csrf", token)),
            "Cookie",
            member.cookie());
    assertThat(add.statusCode()).isEqualTo(403);
    var delete =
        http.post(
            "/calendar/2026-02-16/delete",
            "application/x-www-form-urlencoded",
            encode(Map.of("_csrf", token)),
            "Cookie",
            member.cookie());
    assertThat(delete.statusCode()).isEqualTo(403);
    assertThat(rowCount()).isEqualTo(rows);
    assertThat(calendar.isHoliday(day(2026, 2, 16))).isTrue();

    var anonymous = http.get("/calendar");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void badInputShowsTheVietnameseMessageNextToItsFieldAndWritesNothing() {
    var admin = login(ADMIN);
    int rows = rowCount();
    record Case(Map<String, String> form, String field, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                form("date", "", "kind", "HOLIDAY", "name", "Nghỉ thử"), "date", "Hãy nhập ngày."),
            new Case(
                form("date", "31/02/2027", "kind", "HOLIDAY", "name", "Nghỉ thử"),
                "date",
                "Không đọc được ngày «31/02/2027»: hãy viết dạng ngày/tháng/năm, ví dụ 02/09/2026."),
            new Case(
                form("date", "2027-10-11", "kind", "HOLIDAY", "name", "   "),
                "name",
                "Hãy nhập tên ngày, ví dụ Tết Nguyên đán Bính Ngọ."),
            new Case(
                form("date", "2027-10-16", "kind", "HOLIDAY", "name", "Nghỉ thử"),
                "date",
                "Ngày 16/10/2027 là thứ Bảy, vốn đã là ngày nghỉ hằng tuần: ngày nghỉ chỉ ghi cho"
                    + " thứ Hai đến thứ Sáu."),
            new Case(
                form("date", "2027-10-11", "kind", "WORKDAY", "name", "Làm bù thử"),
                "date",
                "Ngày 11/10/2027 là thứ Hai, vốn đã là ngày làm việc: ngày làm bù chỉ ghi cho thứ"
                    + " Bảy hoặc Chủ nhật."),
            new Case(
                form("date", "2027-10-11", "kind", "", "name", "Nghỉ thử"),
                "kind",
                "Hãy chọn loại ngày: ngày nghỉ hoặc ngày làm bù."),
            new Case(
                form("date", "2026-02-16", "kind", "HOLIDAY", "name", "Nghỉ trùng"),
                "date",
                "Ngày 16/02/2026 đã có trong lịch (ngày nghỉ: Tết Nguyên đán Bính Ngọ). Muốn sửa thì"
                    + " xóa dòng đó rồi thêm lại."));
    for (Case c : cases) {
      var response = post(admin, "/calendar", c.form());
      assertThat(response.statusCode()).as("%s", c.form()).isEqualTo(400);
      assertThat(response.body())
          .as("%s", c.form())
          .contains("<p id=\"" + c.field() + "-error\" class=\"error\">" + c.message() + "</p>")
          .contains("Không có gì được ghi vào lịch.");
      assertThat(rowCount()).as("%s", c.form()).isEqualTo(rows);
    }
    assertThat(calendar.day(day(2027, 10, 11))).isEmpty();
    assertThat(calendar.holidayName(day(2026, 2, 16))).contains("Tết Nguyên đán Bính Ngọ");

    // What was typed stays in the form, and every problem is shown at once.
    var both = post(admin, "/calendar", form("date", "", "kind", "HOLIDAY", "name", ""));
    assertThat(both.body())
        .contains("<p id=\"date-error\" class=\"error\">Hãy nhập ngày.</p>")
        .contains("<p id=\"name-error\" class=\"error\">Hãy nhập tên ngày");
    assertThat(
            post(admin, "/calendar", form("date", "2027-10-16", "kind", "HOLIDAY", "name", "Giữ"))
                .body())
        .contains("value=\"2027-10-16\"", "value=\"Giữ\"");
  }

  // --- the working-days API ---------------------------------------------------------------------

  @Test
  void theApiGivesTheDateAFewWorkingDaysAwayToAnyLoggedInUser() {
    var answer =
        http.get("/api/calendar/working-days?from=2026-02-13&days=1", basic(MEMBER, DEMO_PASSWORD));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(answer.body())
        .isEqualTo("{\"from\":\"2026-02-13\",\"days\":1,\"date\":\"2026-02-23\"}");

    var backwards = login(MEMBER).get("/api/calendar/working-days?from=2026-02-23&days=-1");
    assertThat(backwards.statusCode()).isEqualTo(200);
    assertThat(backwards.body())
        .isEqualTo("{\"from\":\"2026-02-23\",\"days\":-1,\"date\":\"2026-02-13\"}");

    assertThat(http.get("/api/calendar/working-days?from=2026-02-13&days=1").statusCode())
        .isEqualTo(401);
  }

  @Test
  void theApiAnswersBadParametersWithAProblemNamingTheParameter() throws Exception {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("days=1", "from");
    cases.put("from=13/02/2026&days=1", "from");
    cases.put("from=2026-02-30&days=1", "from");
    cases.put("from=2026-02-13", "days");
    cases.put("from=2026-02-13&days=mot", "days");
    cases.put("from=2026-02-13&days=1.5", "days");
    cases.put("from=2026-02-13&days=999999", "days");
    for (var c : cases.entrySet()) {
      var response =
          http.get("/api/calendar/working-days?" + c.getKey(), basic(MEMBER, DEMO_PASSWORD));
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(c.getKey())
          .startsWith("application/problem+json");
      JsonNode problem = new ObjectMapper().readTree(response.body());
      assertThat(problem.path("status").asInt()).isEqualTo(400);
      assertThat(problem.path("title").asText()).isEqualTo("Tham số không hợp lệ");
      assertThat(problem.path("parameter").asText()).as(c.getKey()).isEqualTo(c.getValue());
      assertThat(problem.path("detail").asText())
          .as(c.getKey())
          .containsIgnoringCase("tham số " + c.getValue());
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Http.Session login(String user) {
    var session = http.login(user, DEMO_PASSWORD);
    assertThat(session.loggedIn()).as("login of %s", user).isTrue();
    return session;
  }

  /** Posts a form as the page does, with the session's CSRF token. */
  private HttpResponse<String> post(Http.Session session, String path, Map<String, String> form) {
    Map<String, String> body = new LinkedHashMap<>(form);
    body.put("_csrf", csrf(session.get("/calendar").body()));
    return http.post(
        path, "application/x-www-form-urlencoded", encode(body), "Cookie", session.cookie());
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("page has a CSRF token").isTrue();
    return m.group(1);
  }

  private static Map<String, String> form(String... keysAndValues) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      form.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return form;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private int rowCount() {
    return jdbc.sql("select count(*) from calendar_day").query(Integer.class).single();
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }
}
