package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.Organization;
import vn.chibo.support.ProcessDriver;

/**
 * {@code MeetingSchedulerProcess}: the monthly timer opens next month's meetings, once. The
 * meetings it starts are measured by their own test class, so they are left out of this class's
 * coverage.
 */
@org.springframework.boot.test.context.SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scheduler;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "chibo.test.coverage-exclude=BranchMeetingProcess"
    })
@org.springframework.context.annotation.Import(vn.chibo.support.ProcessCoverage.class)
class MeetingSchedulerProcessTest {

  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired MeetingService meetings;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  private Job timer() {
    return management
        .createJobQuery()
        .processDefinitionKey("MeetingSchedulerProcess")
        .timers()
        .singleResult();
  }

  @Test
  void theTimerIsDueOnThe25thAtSixInTheMorning() {
    LocalDateTime due =
        LocalDateTime.ofInstant(timer().getDuedate().toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(due.getDayOfMonth()).isEqualTo(25);
    assertThat(due.toLocalTime()).hasToString("06:00");
  }

  @Test
  void opensNextMonthsMeetingForEveryActiveBranchAndNotTwice() {
    ProcessDriver.clockAt(LocalDateTime.of(2029, 8, 25, 6, 0, 5));
    management.executeJob(timer().getId());
    List<Job> opening =
        management
            .createJobQuery()
            .processDefinitionKey("MeetingSchedulerProcess")
            .messages()
            .list();
    assertThat(opening).hasSize(1);
    management.executeJob(opening.get(0).getId());

    List<Organization> branches = meetings.activeBranches();
    for (Organization b : branches) {
      Meeting m = meetings.meeting("MTG-" + b.code() + "-2029-09");
      // 3 September 2029 is a working Monday after the Quốc khánh days.
      assertThat(m.scheduledDate()).isEqualTo(meetings.meetingDay(YearMonth.of(2029, 9)));
    }
    long started =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(BranchMeetingProcess.KEY)
            .processInstanceBusinessKeyLike("MTG-%-2029-09")
            .count();
    assertThat(started).isEqualTo(branches.size());

    // The same run again (a retry, or the timer on a second node) opens nothing more.
    management.executeJob(timer().getId());
    management.executeJob(
        management
            .createJobQuery()
            .processDefinitionKey("MeetingSchedulerProcess")
            .messages()
            .singleResult()
            .getId());
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(BranchMeetingProcess.KEY)
                .processInstanceBusinessKeyLike("MTG-%-2029-09")
                .count())
        .isEqualTo(branches.size());
  }

  @Test
  void aSecondInsertOfTheSameMeetingIsRefusedByTheDatabase() {
    Organization mb01 =
        meetings.activeBranches().stream()
            .filter(b -> b.code().equals("MB01"))
            .findFirst()
            .orElseThrow();
    assertThat(meetings.openRegular(mb01, YearMonth.of(2029, 11))).isPresent();
    assertThat(meetings.openRegular(mb01, YearMonth.of(2029, 11))).isEmpty();
  }

  @Test
  void movesTheMeetingOffAPublicHoliday() {
    // 3 September 2025 is a weekday after Quốc khánh (1–2/9): no shift; 3 February 2027 is not a
    // holiday either; 3 May 2027 is a compensatory day off for 1 May (a Saturday) → next day.
    assertThat(meetings.meetingDay(YearMonth.of(2027, 5))).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(meetings.meetingDay(YearMonth.of(2027, 6))).isEqualTo(LocalDate.of(2027, 6, 3));
  }
}
