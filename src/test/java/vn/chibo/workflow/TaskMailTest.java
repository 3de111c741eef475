package vn.chibo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/**
 * People hear about their tasks: on assignment, and the morning before a task falls due — in the
 * application always, by mail unless they chose notices only. Same context as the page tests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class TaskMailTest {

  @Autowired TaskService taskService;
  @Autowired MeetingService meetings;
  @Autowired OrganizationService organizations;
  @Autowired BranchMeetingProcess process;
  @Autowired NotificationService notifications;
  @Autowired TaskMail taskMail;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
    notifications.setMailWanted("lanht", true);
  }

  @Test
  void anAssignedTaskReachesItsAssigneeByNoticeAndMailWithALinkToTheTask() {
    Task task = preparationTask("MB02", YearMonth.of(2028, 3));
    taskService.setAssignee(task.getId(), "tailv");

    var notice =
        notifications.inbox("tailv", 20).stream()
            .filter(n -> n.link() != null && n.link().endsWith("?task=" + task.getId()))
            .toList();
    assertThat(notice).hasSize(1);
    assertThat(notice.get(0).title()).isEqualTo("Công việc được giao: Chuẩn bị nội dung sinh hoạt");
    assertThat(notice.get(0).body()).contains("MTG-MB02-2028-03").contains("hạn 02/03/2028 08:00");
    assertThat(mails("task/" + task.getId() + "/assigned/tailv")).isEqualTo(1);

    // Assigning again says nothing twice.
    taskService.setAssignee(task.getId(), null);
    taskService.setAssignee(task.getId(), "tailv");
    assertThat(mails("task/" + task.getId() + "/assigned/tailv")).isEqualTo(1);
  }

  @Test
  void aPersonWhoChoseNoticesOnlyGetsNoMail() {
    notifications.setMailWanted("lanht", false);
    assertThat(notifications.mailWanted("lanht")).isFalse();
    Task task = preparationTask("MB01", YearMonth.of(2028, 4));
    taskService.setAssignee(task.getId(), "lanht");
    assertThat(notifications.inbox("lanht", 20))
        .anyMatch(n -> n.link() != null && n.link().endsWith("?task=" + task.getId()));
    assertThat(mails("task/" + task.getId() + "/assigned/lanht")).isZero();
  }

  @Test
  void theMorningBeforeATaskFallsDueEveryoneWhoMayTakeItIsReminded() {
    // Preparation of the June 2027 meeting (Thursday 3/6) is due Wednesday 2/6 at 08:00.
    Task task = preparationTask("MB02", YearMonth.of(2027, 6));
    ProcessDriver.clockAt(LocalDateTime.of(2027, 5, 31, 7, 0));
    // Monday 31/5: due after the next working day, nobody is told yet.
    taskMail.remindDueSoon();
    assertThat(notifications.inbox("tailv", 50))
        .noneMatch(n -> n.link() != null && n.link().endsWith("?task=" + task.getId()));
    ProcessDriver.clockAt(LocalDateTime.of(2027, 6, 1, 7, 0));
    int told = taskMail.remindDueSoon();
    assertThat(told).isPositive();
    for (String secretary : new String[] {"tailv", "senqt"}) {
      assertThat(notifications.inbox(secretary, 50))
          .as(secretary)
          .anyMatch(
              n ->
                  n.title().equals("Sắp đến hạn: Chuẩn bị nội dung sinh hoạt")
                      && n.link().endsWith("?task=" + task.getId()));
    }
    // Run again the same morning: nobody is told twice.
    assertThat(taskMail.remindDueSoon()).isZero();
  }

  private Task preparationTask(String branch, YearMonth month) {
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    var meeting =
        meetings.openRegular(organizations.organization(branch).orElseThrow(), month).orElseThrow();
    var pi = process.start(meeting);
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private int mails(String key) {
    return jdbc.sql("select count(*) from mail_outbox where dedupe_key = ?")
        .param(key)
        .query(Integer.class)
        .single();
  }
}
