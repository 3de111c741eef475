package vn.chibo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import vn.chibo.calendar.WorkingDayCalendar;

/**
 * What the administrator finds on the start page: how many people may log in, the engine's open
 * incidents (Cockpit's list of what failed after its retries), and the years the working-day
 * calendar has data for. Imports are not recorded anywhere, so the page links to the import page
 * instead of showing the last ones.
 */
@Service
public class AdminQueries {

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  AdminQueries(
      IdentityService identity, RuntimeService runtime, WorkingDayCalendar calendar, Clock clock) {
    this.identity = identity;
    this.runtime = runtime;
    this.calendar = calendar;
    this.clock = clock;
  }

  public AdminOverview overview() {
    List<Integer> years = calendar.yearsWithData().stream().sorted().toList();
    int thisYear = LocalDate.now(clock).getYear();
    // Without its holidays a year's deadlines silently count only weekends as days off.
    List<Integer> missing =
        List.of(thisYear, thisYear + 1).stream().filter(y -> !years.contains(y)).toList();
    return new AdminOverview(
        identity.createUserQuery().count(), runtime.createIncidentQuery().count(), years, missing);
  }

  /**
   * @param users accounts in the engine's identity store, the administrators included
   * @param incidents open incidents in every process
   * @param calendarYears years with at least one calendar row, ascending
   * @param missingYears this year and next, where they have no calendar row yet
   */
  public record AdminOverview(
      long users, long incidents, List<Integer> calendarYears, List<Integer> missingYears) {}
}
