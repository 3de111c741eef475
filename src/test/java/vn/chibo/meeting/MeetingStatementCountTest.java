package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;
import vn.chibo.support.StatementCounter;

/**
 * What one completed user task of {@code BranchMeetingProcess} costs the database: statements
 * executed and rows written, per step, with the engine's history at FULL. Printed for the record;
 * the assertions only check that every step wrote in one place and that nothing a person typed is
 * copied into engine variables beyond the step's routing flag.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:statements;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
@Import(MeetingStatementCountTest.Counting.class)
class MeetingStatementCountTest {

  @TestConfiguration
  static class Counting {
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }

  @Autowired StatementCounter counter;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void countsStatementsAndRowsPerCompletedTask() {
    ProcessDriver driver = new ProcessDriver(management, taskService, identity);
    MeetingTestSupport support =
        new MeetingTestSupport(meetings, organizations, process, identity, driver);
    ProcessInstance pi = support.open("MB02", YearMonth.of(2027, 1));
    Map<String, StatementCounter.Counts> steps = new LinkedHashMap<>();

    steps.put(
        "Chuẩn bị nội dung",
        measure(
            () ->
                support.complete(
                    "tailv",
                    pi.getId(),
                    BranchMeetingProcess.PREPARE_CONTENT,
                    MeetingTestSupport.preparation())));
    steps.put(
        "Thống nhất nội dung",
        measure(
            () ->
                support.complete(
                    "senqt",
                    pi.getId(),
                    BranchMeetingProcess.AGREE_CONTENT,
                    MeetingTestSupport.agreement(true, null))));
    driver.runDueJobs(pi.getId());
    ProcessDriver.clockAt(LocalDateTime.of(2027, 1, 3, 11, 0));
    String record =
        support.record(
            pi.getBusinessKey(), meetings.meeting(pi.getBusinessKey()).scheduledDate(), List.of());
    String recordForTailv =
        record.replace(
            organizations.memberByUsername("lanht").orElseThrow().code(),
            organizations.memberByUsername("senqt").orElseThrow().code());
    steps.put(
        "Ghi biên bản",
        measure(
            () ->
                support.complete(
                    "tailv",
                    pi.getId(),
                    BranchMeetingProcess.RECORD_MEETING,
                    Map.of("meetingRecord", recordForTailv))));
    steps.put(
        "Ghi kết quả biểu quyết",
        measure(
            () ->
                support.complete(
                    "tailv",
                    pi.getId(),
                    BranchMeetingProcess.RECORD_VOTE,
                    MeetingTestSupport.votes(4, 0, 0))));
    steps.put(
        "Tự đánh giá",
        measure(
            () ->
                support.complete(
                    "senqt",
                    pi.getId(),
                    BranchMeetingProcess.ASSESS_MEETING,
                    MeetingTestSupport.scores(5, 5, 8, 25, 8, 5, 25, 4))));

    long totalStatements = 0;
    long totalRows = 0;
    for (var e : steps.entrySet()) {
      var c = e.getValue();
      System.out.printf(
          "STATEMENTS %-24s %4d statements (%3d select, %3d write), %4d rows written%n",
          e.getKey(), c.statements(), c.selects(), c.writes(), c.rowsWritten());
      assertThat(c.writes()).as(e.getKey()).isPositive();
      totalStatements += c.statements();
      totalRows += c.rowsWritten();
    }
    System.out.printf(
        "STATEMENTS average per completed task: %d statements, %d rows written%n",
        totalStatements / steps.size(), totalRows / steps.size());
    assertThat(meetings.meeting(pi.getBusinessKey()).status()).isEqualTo(MeetingStatus.CLOSED);
  }

  private StatementCounter.Counts measure(Runnable step) {
    counter.start();
    try {
      step.run();
    } finally {
      return counter.stop();
    }
  }
}
