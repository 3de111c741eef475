package vn.chibo.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.process.ActionItemProcess;
import vn.chibo.support.ProcessDriver;
import vn.chibo.support.ProcessTest;

/** {@code ActionItemProcess}: reminder, overdue escalation, report back, carry-over. */
@ProcessTest
class ActionItemProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired MeetingService meetings;
  @Autowired ResolutionService resolutions;
  @Autowired OrganizationService organizations;
  @Autowired ActionItemProcess process;

  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new ProcessDriver(management, taskService, identity);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  /** A task from a meeting of branch MB02 assigned to its deputy secretary, due on {@code due}. */
  private ProcessInstance assign(java.time.YearMonth month, LocalDate due) {
    ProcessDriver.clockAt(month.atDay(3).atTime(11, 0));
    var branch = organizations.organization("MB02").orElseThrow();
    Meeting m = meetings.openRegular(branch, month).orElseThrow();
    Member deputy = organizations.memberByUsername("senqt").orElseThrow();
    resolutions.planActionItems(
        m.id(),
        branch.id(),
        month.atDay(3),
        List.of(new NewActionItem("Hoàn thành sổ theo dõi đảng phí", deputy.id(), due)),
        Set.of(deputy.id()));
    ActionItem item = resolutions.startActionItems(m.id()).get(0);
    process.start(item);
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(item.businessKey())
        .singleResult();
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  @Test
  void remindsBeforeTheDueDateAndClosesWhenReportedDone() {
    // Due Friday 21 January 2028: reminded two working days before, Wednesday 19th at 08:00.
    ProcessInstance pi = assign(java.time.YearMonth.of(2028, 1), LocalDate.of(2028, 1, 21));
    assertThat(pi)
        .task(ActionItemProcess.REPORT)
        .isAssignedTo("senqt")
        .hasCandidateGroupAssociated("MB02-secretary");
    driver.advanceTo(LocalDateTime.of(2028, 1, 19, 7, 59), pi.getId());
    assertThat(pi).hasNotPassed("ServiceTask_RemindAssignee");
    driver.advanceTo(LocalDateTime.of(2028, 1, 19, 8, 1), pi.getId());
    assertThat(pi).hasPassed("ServiceTask_RemindAssignee", "ServiceTask_SendReminder");

    driver.completeAs(
        "senqt",
        groups("senqt"),
        driver.task(pi.getId(), ActionItemProcess.REPORT).getId(),
        Map.of("actionItemResult", "DONE"));
    assertThat(pi).isEnded().hasPassed("EndEvent_ActionItemDone");
    assertThat(resolutions.unfinishedOf(organizations.organization("MB02").orElseThrow().id()))
        .noneMatch(i -> i.businessKey().equals(pi.getBusinessKey()));
  }

  @Test
  void escalatesToTheSecretaryWhenOverdueAndCarriesAnUnfinishedTaskIntoNextMonth() {
    ProcessInstance pi = assign(java.time.YearMonth.of(2028, 2), LocalDate.of(2028, 2, 15));
    driver.advanceTo(LocalDateTime.of(2028, 2, 16, 8, 1), pi.getId());
    assertThat(pi).hasPassed("ServiceTask_EscalateOverdue", "ServiceTask_SendEscalation");
    assertThat(pi).isWaitingAt(ActionItemProcess.REPORT);

    var task = driver.task(pi.getId(), ActionItemProcess.REPORT);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                driver.completeAs(
                    "senqt", groups("senqt"), task.getId(), Map.of("actionItemResult", "NOT_DONE")))
        .hasMessageContaining("reportNote");
    driver.completeAs(
        "senqt",
        groups("senqt"),
        task.getId(),
        Map.of("actionItemResult", "NOT_DONE", "reportNote", "Chờ kinh phí, chuyển sang tháng 3"));
    assertThat(pi).isEnded().hasPassed("EndEvent_CarriedOver");

    var branch = organizations.organization("MB02").orElseThrow();
    Meeting march = meetings.openRegular(branch, java.time.YearMonth.of(2028, 3)).orElseThrow();
    assertThat(meetings.agenda(march.id()))
        .anyMatch(a -> a.isCarriedOver() && a.title().contains("Hoàn thành sổ theo dõi đảng phí"));
  }
}
