package vn.chibo.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.chibo.meeting.process.BranchMeetingProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrganizationService;
import vn.chibo.support.ProcessDriver;

/** Builds the inputs a branch gives at each step of a meeting, for process tests. */
public final class MeetingTestSupport {

  static final ObjectMapper JSON = new ObjectMapper();

  final MeetingService meetings;
  final OrganizationService organizations;
  final BranchMeetingProcess process;
  final IdentityService identity;
  final ProcessDriver driver;

  public MeetingTestSupport(
      MeetingService meetings,
      OrganizationService organizations,
      BranchMeetingProcess process,
      IdentityService identity,
      ProcessDriver driver) {
    this.meetings = meetings;
    this.organizations = organizations;
    this.process = process;
    this.identity = identity;
    this.driver = driver;
  }

  /**
   * Opens the regular meeting of {@code month} for a branch, as the scheduler would, on the 25th
   * before.
   */
  public ProcessInstance open(String branchCode, YearMonth month) {
    ProcessDriver.clockAt(month.minusMonths(1).atDay(25).atTime(6, 0));
    Meeting m =
        meetings
            .openRegular(organizations.organization(branchCode).orElseThrow(), month)
            .orElseThrow();
    return process.start(m);
  }

  public List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  public void complete(
      String user, String processInstanceId, String taskKey, Map<String, Object> vars) {
    var task = driver.task(processInstanceId, taskKey);
    if (task == null) {
      throw new AssertionError("no task " + taskKey + " in " + processInstanceId);
    }
    driver.completeAs(user, groupsOf(user), task.getId(), vars);
  }

  public static Map<String, Object> preparation() {
    Map<String, Object> v = new HashMap<>();
    v.put("meetingTime", "08:00");
    v.put("meetingPlace", "Nhà văn hóa thôn Đồng Hương");
    v.put("agendaPolitical", "Thông tin thời sự trong nước, quốc tế\nTình hình tư tưởng đảng viên");
    v.put("agendaTasks", "Đánh giá kết quả tháng trước\nNhiệm vụ tháng tới: vệ sinh môi trường");
    v.put("agendaPartyBuilding", "Thu nộp đảng phí\nPhát triển đảng viên");
    v.put("draftResolution", "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.");
    return v;
  }

  public static Map<String, Object> agreement(boolean approve, String comment) {
    Map<String, Object> v = new HashMap<>();
    v.put("agreementDecision", approve ? "APPROVE" : "SEND_BACK");
    v.put("agreementComment", comment);
    return v;
  }

  /** Takes a meeting from opening to the recorded state: prepared, agreed, noticed. */
  public void prepareAndAgree(ProcessInstance pi) {
    complete("annv", pi.getId(), BranchMeetingProcess.PREPARE_CONTENT, preparation());
    complete("binhtv", pi.getId(), BranchMeetingProcess.AGREE_CONTENT, agreement(true, null));
    driver.runDueJobs(pi.getId());
  }

  /**
   * A record where everybody is present except the given unexcused absentees; exempted members
   * absent; one task for the deputy secretary.
   */
  public String record(String meetingId, LocalDate day, List<String> unexcusedCodes) {
    Meeting m = meetings.meeting(meetingId);
    List<Map<String, Object>> roll = new ArrayList<>();
    for (Member member : meetings.rollOf(m)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("member", member.code());
      if (unexcusedCodes.contains(member.code())) {
        line.put("presence", "ABSENT_UNEXCUSED");
      } else if (member.status() == MemberStatus.EXEMPTED) {
        line.put("presence", "EXEMPTED");
      } else {
        line.put("presence", "PRESENT");
      }
      roll.add(line);
    }
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (AgendaItem item : meetings.agenda(meetingId)) {
      minutes.add(
          Map.of(
              "agendaItemId",
              item.id(),
              "notes",
              "Chi bộ thảo luận: " + item.title(),
              "speakers",
              "Đ/c An"));
    }
    Member deputy = organizations.memberByUsername("lanht").orElseThrow();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("start", day.atTime(8, 0).toString());
    record.put("end", day.atTime(10, 0).toString());
    record.put("chairedBy", "Nguyễn Văn An");
    record.put("minutesBy", "Bùi Thị Mai");
    record.put("rollCall", roll);
    record.put("minutes", minutes);
    record.put(
        "actionItems",
        List.of(
            Map.of(
                "title",
                "Vận động hộ gia đình tham gia vệ sinh môi trường",
                "assignee",
                deputy.code(),
                "dueDate",
                day.plusDays(20).toString())));
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public void recordMeeting(ProcessInstance pi, LocalDateTime after, List<String> unexcused) {
    ProcessDriver.clockAt(after);
    Map<String, Object> vars = new HashMap<>();
    vars.put(
        "meetingRecord",
        record(
            pi.getBusinessKey(), meetings.meeting(pi.getBusinessKey()).scheduledDate(), unexcused));
    complete("maibt", pi.getId(), BranchMeetingProcess.RECORD_MEETING, vars);
  }

  public static Map<String, Object> votes(int votesFor, int against, int abstain) {
    return Map.of("votesFor", votesFor, "votesAgainst", against, "votesAbstain", abstain);
  }

  public static Map<String, Object> scores(int... s) {
    Map<String, Object> v = new LinkedHashMap<>();
    String[] keys = {
      "scoreTiming",
      "scoreAttendance",
      "scorePreparation",
      "scoreConduct",
      "scoreFacilitation",
      "scorePrinciples",
      "scoreResults",
      "scoreClosing"
    };
    for (int i = 0; i < keys.length; i++) {
      v.put(keys[i], s[i]);
    }
    return v;
  }
}
