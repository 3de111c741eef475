package vn.chibo.admission;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.support.ProcessDriver;

/** Builds candidates, their documents and each step's input, for admission tests. */
public final class AdmissionTestSupport {

  /** The smallest file that is recognised as a PDF. */
  public static final byte[] PDF =
      "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  private static final AtomicInteger CODES = new AtomicInteger(90_000);

  final AdmissionService admissions;
  final MemberAdmissionProcess process;
  final OrganizationService organizations;
  final IdentityService identity;
  final ProcessDriver driver;
  final JdbcClient jdbc;

  public AdmissionTestSupport(
      AdmissionService admissions,
      MemberAdmissionProcess process,
      OrganizationService organizations,
      IdentityService identity,
      ProcessDriver driver,
      JdbcClient jdbc) {
    this.admissions = admissions;
    this.process = process;
    this.organizations = organizations;
    this.identity = identity;
    this.driver = driver;
    this.jdbc = jdbc;
  }

  /** A new candidate on a branch's list, born on {@code birth}. */
  public long candidate(String branchCode, String name, LocalDate birth) {
    long branch = organizations.organization(branchCode).orElseThrow().id();
    String code = "QT" + CODES.incrementAndGet();
    jdbc.sql(
            "insert into party_member (code, full_name, search_name, birth_date, gender, branch_id,"
                + " status, status_since) values (?, ?, ?, ?, 'MALE', ?, 'CANDIDATE', ?)")
        .params(code, name, name.toLowerCase(), birth, branch, LocalDate.of(2024, 1, 1))
        .update();
    return organizations.member(code).orElseThrow().id();
  }

  public String secretaryOf(String orgCode) {
    return holder(orgCode, RoleType.SECRETARY).username();
  }

  public Member holder(String orgCode, RoleType role) {
    long org = organizations.organization(orgCode).orElseThrow().id();
    return organizations.holders(org, Set.of(role)).get(0);
  }

  public long memberId(String username) {
    return organizations.memberByUsername(username).orElseThrow().id();
  }

  List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  public Task task(String processInstanceId, String key) {
    return driver.task(processInstanceId, key);
  }

  public void complete(
      String user, String processInstanceId, String key, Map<String, Object> vars) {
    Task task = driver.task(processInstanceId, key);
    if (task == null) {
      throw new AssertionError("no open task " + key);
    }
    driver.completeAs(user, groupsOf(user), task.getId(), vars);
  }

  /** Every required document, dated {@code date}. */
  public void uploadDossier(String caseId, LocalDate date, String by) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.isRequired()) {
        admissions.upload(
            caseId, kind.name(), date.toString(), kind.name().toLowerCase() + ".pdf", PDF, by);
      }
    }
  }

  /** The dossier's typed facts with two official introducers of the demo branch MB01. */
  public Map<String, Object> dossier(long introducer1, long introducer2) {
    Map<String, Object> v = new HashMap<>();
    v.put("education", "UPPER_SECONDARY");
    v.put("educationExemption", false);
    v.put("organisationIntroduction", false);
    v.put("introducer1MemberId", (int) introducer1);
    v.put("introducer1Months", 24);
    v.put("introducer2MemberId", (int) introducer2);
    v.put("introducer2Months", 18);
    v.put("fatherName", "Nguyễn Văn Cường");
    v.put("motherName", "Lê Thị Hoa");
    return v;
  }

  /**
   * A new case of MB01 driven to the competent committee's decision as of {@code voteDay}: the
   * engine clock is set to that day for the steps and reset afterwards. Dossier dated that day,
   * mentor binhtv, introducers lanht and maibt, every background clear, 18 of 21 for.
   *
   * @return the case id
   */
  public String toDecision(long applicant, LocalDate voteDay) {
    ProcessDriver.clockAt(voteDay.atTime(9, 0));
    try {
      AdmissionCase c = process.open(applicant, "annv");
      String instance = process.openTasks(c.id()).get(0).getProcessInstanceId();
      complete(
          "annv",
          instance,
          MemberAdmissionProcess.ASSIGN_MENTOR,
          Map.of("mentorMemberId", (int) memberId("binhtv")));
      uploadDossier(c.id(), voteDay, "annv");
      complete(
          "annv",
          instance,
          MemberAdmissionProcess.COMPILE_DOSSIER,
          dossier(memberId("lanht"), memberId("maibt")));
      for (Task t : process.openTasks(c.id())) {
        driver.completeAs(
            "binhtv", groupsOf("binhtv"), t.getId(), Map.of("verificationResult", "CLEAR"));
      }
      complete(
          "maibt", instance, MemberAdmissionProcess.RECORD_BRANCH_VOTE, vote(voteDay, 18, 2, 1));
      return c.id();
    } finally {
      ProcessDriver.resetClock();
    }
  }

  public static Map<String, Object> vote(LocalDate day, int votesFor, int against, int abstain) {
    Map<String, Object> v = new HashMap<>();
    v.put("voteDate", day.toString());
    v.put("votesFor", votesFor);
    v.put("votesAgainst", against);
    v.put("votesAbstain", abstain);
    return v;
  }

  /** Approval by the commune committee of Mỹ Bằng: all three of its members agree. */
  public static Map<String, Object> approve(String number, LocalDate date) {
    return approve(number, date, 3);
  }

  public static Map<String, Object> approve(String number, LocalDate date, int committeeVotesFor) {
    return Map.of(
        "admissionDecision",
        "APPROVE",
        "decisionNumber",
        number,
        "decisionDate",
        date.toString(),
        "committeeVotesFor",
        committeeVotesFor);
  }
}
