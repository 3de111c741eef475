package vn.chibo.admission.probation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.organization.SearchText;
import vn.chibo.support.ProcessDriver;

/**
 * Builds what a probation case needs, for process tests: a branch of its own under a demo committee
 * (so that the counts of the demo branches other tests rely on never change), its official members
 * and secretary, and a probationary member admitted on a given day; and the inputs of each step.
 */
final class ProbationTestSupport {

  private static final String[] FAMILIES = {
    "Đinh", "Vương", "Khổng", "Lã", "Mạc", "Thân", "Tạ", "Âu", "Giáp", "Kiều", "Ninh", "Cù", "Lò"
  };
  private static final String[] GIVEN = {
    "Khoa", "Hưng", "Thảo", "Duyên", "Quyết", "Nghĩa", "Yến", "Toàn", "Luyến", "Phúc"
  };

  final JdbcClient jdbc;
  final OrganizationService organizations;
  final ProbationService probation;
  final RuntimeService runtime;
  final IdentityService identity;
  final TaskService tasks;
  final ProcessDriver driver;

  ProbationTestSupport(
      JdbcClient jdbc,
      OrganizationService organizations,
      ProbationService probation,
      RuntimeService runtime,
      IdentityService identity,
      TaskService tasks,
      ManagementService management) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.probation = probation;
    this.runtime = runtime;
    this.identity = identity;
    this.tasks = tasks;
    this.driver = new ProcessDriver(management, tasks, identity);
  }

  /** A branch with its secretary first among {@code officials} official members. */
  record Branch(long id, String code, List<Long> officials, String secretary) {

    String secretaryGroup() {
      return code + "-secretary";
    }
  }

  /**
   * A new branch under {@code parentCode} with {@code officials} official members (the first is the
   * secretary), numbered {@code n} so that names and codes do not meet another test's.
   */
  Branch branch(int n, String parentCode, int officials) {
    String code = String.format("PT%02d", n);
    long parent = organizations.organization(parentCode).orElseThrow().id();
    String name = "Chi bộ thôn Thử Nghiệm " + n;
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into party_organization (code, name, search_name, type, parent_id, active)"
                + " values (?, ?, ?, 'BRANCH', ?, true)")
        .params(code, name, SearchText.fold(name), parent)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    List<Long> members = new ArrayList<>();
    for (int i = 0; i < officials; i++) {
      members.add(person(id, code, n, i, "OFFICIAL", LocalDate.of(2010, 3, 1)));
    }
    organizations.assignRole(
        members.get(0), id, RoleType.SECRETARY, LocalDate.of(2025, 8, 15), null);
    return new Branch(id, code, members, user(members.get(0)));
  }

  /** A person admitted on {@code ceremony} by the registry: probationary from that day. */
  long probationary(Branch branch, int index, LocalDate ceremony) {
    int n = Integer.parseInt(branch.code().substring(2));
    long id = person(branch.id(), branch.code(), n, index, "APPLICANT", ceremony.minusMonths(6));
    organizations.admit(id, ceremony.minusDays(20), ceremony, "Kết nạp");
    return id;
  }

  private long person(long branchId, String code, int n, int i, String status, LocalDate since) {
    String fullName = FAMILIES[n % FAMILIES.length] + " Văn " + GIVEN[i % GIVEN.length];
    String memberCode = code + "-" + i;
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into party_member (code, full_name, search_name, birth_date, gender, branch_id,"
                + " status, status_since, email) values (?, ?, ?, ?, 'MALE', ?, ?, ?, ?)")
        .params(
            memberCode,
            fullName,
            SearchText.fold(fullName),
            LocalDate.of(1990, 5, 1),
            branchId,
            status,
            since,
            memberCode.toLowerCase() + "@chibo.test")
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    jdbc.sql(
            "insert into member_status_change (member_id, status, valid_from, note)"
                + " values (?, ?, ?, null)")
        .params(id, status, since)
        .update();
    return id;
  }

  /** Names the member the registry's mentor of {@code memberId}, as the demo data does. */
  void mentorRole(Branch branch, long mentorId, long memberId) {
    jdbc.sql(
            "insert into organization_role (member_id, organization_id, role, valid_from,"
                + " subject_member_id) values (?, ?, 'MENTOR', ?, ?)")
        .params(mentorId, branch.id(), LocalDate.of(2025, 8, 15), memberId)
        .update();
  }

  /** Moves a member to another branch in the registry, as a transfer would. */
  void moveInRegistry(long memberId, Branch to) {
    jdbc.sql("update party_member set branch_id = ? where id = ?")
        .params(to.id(), memberId)
        .update();
  }

  /**
   * Takes the login off a member in the registry: the self-review then falls to the secretaries.
   */
  void dropLogin(long memberId) {
    jdbc.sql("update party_member set username = null where id = ?").param(memberId).update();
  }

  String fullName(long memberId) {
    return organizations.member(memberId).map(Member::fullName).orElseThrow();
  }

  String user(long memberId) {
    return organizations.member(memberId).map(Member::username).orElseThrow();
  }

  List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  ProcessInstance instance(String caseId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ProbationProcess.KEY)
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> vars) {
    var task = driver.task(pi.getId(), taskKey);
    if (task == null) {
      throw new AssertionError("no task " + taskKey + " in " + pi.getBusinessKey());
    }
    driver.completeAs(user, groupsOf(user), task.getId(), vars);
  }

  /** The candidate groups of the open task: exactly these, nothing left from before. */
  List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    return tasks.getIdentityLinksForTask(driver.task(pi.getId(), taskKey).getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .filter(l -> l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /**
   * From the end of probation to the vote: the self-review as {@code memberUser}, the report as
   * {@code mentorUser}, the opinions as the secretary, each on the given day.
   */
  void reviewUpToTheVote(
      ProcessInstance pi, String memberUser, String mentorUser, String secretary, LocalDate day) {
    ProcessDriver.clockAt(day.atTime(9, 0));
    complete(memberUser, pi, ProbationProcess.WRITE_SELF_REVIEW, selfReview());
    complete(mentorUser, pi, ProbationProcess.WRITE_MENTOR_REPORT, mentorReport("RECOGNITION"));
    complete(secretary, pi, ProbationProcess.COLLECT_OPINIONS, opinions());
  }

  static Map<String, Object> selfReview() {
    Map<String, Object> v = new HashMap<>();
    v.put(
        "selfReviewStrengths",
        "Chấp hành nghiêm chủ trương của Đảng; hoàn thành tốt nhiệm vụ ở thôn và nơi làm việc.");
    v.put("selfReviewShortcomings", "Đôi khi chưa mạnh dạn phát biểu trong sinh hoạt chi bộ.");
    return v;
  }

  static Map<String, Object> mentorReport(String recommendation) {
    Map<String, Object> v = new HashMap<>();
    v.put("mentorAssessment", "Đồng chí tích cực, gương mẫu, gần gũi quần chúng.");
    v.put("mentorRecommendation", recommendation);
    return v;
  }

  static Map<String, Object> opinions() {
    Map<String, Object> v = new HashMap<>();
    v.put("workplaceOpinion", "Công đoàn và Đoàn Thanh niên nơi làm việc nhất trí đề nghị.");
    v.put("residenceOpinion", "Chi bộ nơi cư trú nhận xét đồng chí gương mẫu ở khu dân cư.");
    return v;
  }

  static Map<String, Object> vote(LocalDate date, int recognition, int removal) {
    Map<String, Object> v = new HashMap<>();
    v.put("voteDate", date.toString());
    v.put("votesForRecognition", recognition);
    v.put("votesForRemoval", removal);
    return v;
  }

  static Map<String, Object> decision(String choice, String number, LocalDate date) {
    Map<String, Object> v = new HashMap<>();
    v.put("committeeDecision", choice);
    v.put("decisionNumber", number);
    v.put("decisionDate", date.toString());
    return v;
  }

  static Map<String, Object> extension(int workingDays, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put("committeeDecision", "EXTENSION");
    v.put("extensionWorkingDays", workingDays);
    v.put("extensionReason", reason);
    return v;
  }
}
