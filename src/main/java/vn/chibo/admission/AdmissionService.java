package vn.chibo.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.admission.Verification.VerificationResult;
import vn.chibo.admission.eligibility.AdmissionEligibilityDecision;
import vn.chibo.admission.eligibility.Education;
import vn.chibo.admission.eligibility.Eligibility;
import vn.chibo.admission.eligibility.EligibilityFacts;
import vn.chibo.admission.eligibility.Introducer;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.RoleType;
import vn.chibo.resolution.vote.VoteCount;
import vn.chibo.resolution.vote.VoteKind;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.resolution.vote.VoteOutcomeDecision;
import vn.chibo.workflow.Errors;
import vn.chibo.workflow.Inputs;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;
import vn.chibo.workflow.UploadedFiles;

/**
 * The admission module's public API: opening a case, each step's input with its validation, the
 * eligibility check and the votes, and what the case board and the case page read. Every step moves
 * the case from the stage it expects to the next one in the same transaction as its data, so a
 * repeated or concurrent completion finds the case elsewhere and is refused.
 */
@Service
public class AdmissionService {

  private static final Logger log = LoggerFactory.getLogger(AdmissionService.class);
  private static final int MAX_NOTE = 2000;

  private final AdmissionRepository repository;
  private final OrganizationService organizations;
  private final WorkingDayCalendar calendar;
  private final AdmissionEligibilityDecision eligibility;
  private final VoteOutcomeDecision voteDecision;
  private final AdmissionProperties properties;
  private final AdmissionNotices notices;
  private final ProbationService probations;
  private final Clock clock;

  /** Numbers a decision the committee brings without one; looked up when first needed. */
  private final org.springframework.beans.factory.ObjectProvider<DecisionRegister> decisionRegister;

  AdmissionService(
      AdmissionRepository repository,
      OrganizationService organizations,
      WorkingDayCalendar calendar,
      AdmissionEligibilityDecision eligibility,
      VoteOutcomeDecision voteDecision,
      AdmissionProperties properties,
      AdmissionNotices notices,
      ProbationService probations,
      org.springframework.beans.factory.ObjectProvider<DecisionRegister> decisionRegister,
      Clock clock) {
    this.decisionRegister = decisionRegister;
    this.repository = repository;
    this.organizations = organizations;
    this.calendar = calendar;
    this.eligibility = eligibility;
    this.voteDecision = voteDecision;
    this.properties = properties;
    this.notices = notices;
    this.probations = probations;
    this.clock = clock;
  }

  // --- reading -------------------------------------------------------------------------------

  public AdmissionCase admissionCase(String id) {
    return repository.find(id).orElseThrow(() -> new NoSuchElementException("admission " + id));
  }

  public Optional<AdmissionCase> findCase(String id) {
    return repository.find(id);
  }

  public List<AdmissionCase> casesOf(Collection<Long> branchIds) {
    return repository.casesOf(branchIds);
  }

  public Organization branchOf(AdmissionCase c) {
    return organizations.organization(c.branchId()).orElseThrow();
  }

  public Member applicant(AdmissionCase c) {
    return organizations.member(c.memberId()).orElseThrow();
  }

  public Optional<Member> member(Long id) {
    return id == null ? Optional.empty() : organizations.member(id);
  }

  /** Every upload, newest first within a kind. */
  public List<DossierDocument> documents(String caseId) {
    return repository.documents(caseId);
  }

  /** The newest upload of each kind: the dossier as it counts. */
  public Map<DocumentKind, DossierDocument> currentDocuments(String caseId) {
    Map<DocumentKind, DossierDocument> current = new LinkedHashMap<>();
    for (DossierDocument d : repository.documents(caseId)) {
      current.putIfAbsent(d.kind(), d);
    }
    return current;
  }

  public Optional<DossierDocument> document(long documentId) {
    return repository.document(documentId);
  }

  public byte[] content(long documentId) {
    return repository.content(documentId);
  }

  public List<IntroducerLine> introducers(String caseId) {
    return repository.introducers(caseId);
  }

  public List<Verification> verifications(String caseId) {
    return repository.verifications(caseId);
  }

  public Optional<Verification> verification(long verificationId) {
    return repository.verification(verificationId);
  }

  public List<CaseEvent> timeline(String caseId) {
    return repository.events(caseId);
  }

  /** Official members of the branch other than the applicant: who may mentor or introduce. */
  public List<Member> officialMembers(AdmissionCase c) {
    return organizations.membersOf(c.branchId()).stream()
        .filter(m -> m.id() != c.memberId())
        .filter(m -> m.status() == MemberStatus.OFFICIAL || m.status() == MemberStatus.EXEMPTED)
        .toList();
  }

  /** Candidates of a branch that have no open case: whom a secretary can open a case for. */
  public List<Member> candidatesWithoutCase(long branchId) {
    return organizations.membersOf(branchId).stream()
        .filter(m -> m.status().isCandidate())
        .filter(m -> repository.openCaseOf(m.id()).isEmpty())
        .toList();
  }

  /** One line naming the case, the head of its forms and messages. */
  public String summary(AdmissionCase c) {
    Member m = applicant(c);
    return "Kết nạp "
        + m.fullName()
        + " (sinh "
        + MeetingTexts.date(m.birthDate())
        + ") – "
        + branchOf(c).name()
        + " – hồ sơ "
        + c.id();
  }

  /** The branch vote as the committees above read it. */
  public String voteSummary(AdmissionCase c) {
    if (c.voteDate() == null) {
      return "Chi bộ chưa biểu quyết.";
    }
    return "Chi bộ họp xét ngày "
        + MeetingTexts.date(c.voteDate())
        + ": "
        + c.votesFor()
        + "/"
        + c.voteBase()
        + " đảng viên chính thức tán thành (cần "
        + c.voteRequired()
        + ").";
  }

  /** The base and the votes needed before the branch votes, for the vote form. */
  public VoteOutcome votePreview(AdmissionCase c) {
    return voteDecision.evaluate(
        VoteKind.ADMISSION, today(), new VoteCount(officialMembers(c).size(), 0, 0, 0, 0, 0));
  }

  /** Who works on the case above the branch, from the organisation tree. */
  public Routing routing(AdmissionCase c) {
    Organization branch = branchOf(c);
    Organization competent =
        organizations
            .competentCommittee(branch.id())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Chưa xác định cấp ủy có thẩm quyền kết nạp cho " + branch.name()));
    Organization parent =
        branch.parentId() == null
            ? competent
            : organizations.organization(branch.parentId()).orElseThrow();
    // A subordinate branch goes through its grassroots committee first, unless that committee is
    // itself the one that decides.
    boolean review =
        parent.id() != competent.id()
            && (parent.type() == OrganizationType.GRASSROOTS_ORGANIZATION
                || parent.type() == OrganizationType.COMMUNE_COMMITTEE);
    return new Routing(branch, parent, competent, review);
  }

  /**
   * @param branch the case's branch
   * @param directSuperior the organisation directly above the branch
   * @param competent the committee that decides the admission
   * @param reviewNeeded whether the direct superior reviews before the competent committee decides
   */
  public record Routing(
      Organization branch,
      Organization directSuperior,
      Organization competent,
      boolean reviewNeeded) {}

  // --- opening -------------------------------------------------------------------------------

  /**
   * Opens the case of a candidate of the branch's list.
   *
   * @throws InvalidInputException when the person is not a candidate
   * @throws StepConflictException when the person already has an open case
   */
  @Transactional
  public AdmissionCase open(long memberId, String by) {
    Member m =
        organizations
            .member(memberId)
            .orElseThrow(() -> new InvalidInputException("memberId", "không có người này"));
    if (!m.status().isCandidate()) {
      throw new InvalidInputException(
          "memberId",
          m.fullName() + " đang là \"" + m.status().label() + "\", không thuộc diện kết nạp");
    }
    Organization branch = organizations.organization(m.branchId()).orElseThrow();
    if (repository.openCaseOf(memberId).isPresent()) {
      throw new StepConflictException("Đã có hồ sơ kết nạp đang mở cho " + m.fullName());
    }
    int seq = repository.nextSequence(branch.id());
    String id = AdmissionCase.key(branch.code(), seq);
    try {
      repository.insert(id, branch.id(), seq, memberId, by, now());
    } catch (DuplicateKeyException e) {
      throw new StepConflictException(
          "Hồ sơ kết nạp của " + m.fullName() + " vừa được mở bởi người khác");
    }
    if (m.status() != MemberStatus.APPLICANT) {
      organizations.changeStatus(memberId, MemberStatus.APPLICANT, today(), "Mở hồ sơ " + id);
    }
    repository.event(id, AdmissionStage.MENTOR, by, "Mở hồ sơ kết nạp " + m.fullName(), now());
    log.info("Opened admission case {}", id);
    return admissionCase(id);
  }

  // --- the steps -----------------------------------------------------------------------------

  /** Step 1: an official member of the branch mentors the applicant. */
  @Transactional
  public void assignMentor(String id, Long mentorId, String by) {
    AdmissionCase c = admissionCase(id);
    if (mentorId == null) {
      throw new InvalidInputException("mentorMemberId", "chưa chọn đảng viên giúp đỡ");
    }
    Member mentor =
        officialMembers(c).stream()
            .filter(x -> x.id() == mentorId)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "mentorMemberId",
                        "đảng viên giúp đỡ phải là đảng viên chính thức của chi bộ"));
    move(c, AdmissionStage.MENTOR, AdmissionStage.DOSSIER);
    repository.updateMentor(id, mentor.id());
    repository.event(
        id,
        AdmissionStage.MENTOR,
        by,
        "Phân công đồng chí " + mentor.fullName() + " giúp đỡ",
        now());
  }

  /**
   * Adds a document to the dossier (while the dossier is being put together). PDF and images only,
   * recognised by their content, not by their name.
   */
  @Transactional
  public DossierDocument upload(
      String id, String kindText, String dateText, String fileName, byte[] content, String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    DocumentKind kind = null;
    if (kindText == null || kindText.isBlank()) {
      errors.reject("kind", "chưa chọn loại tài liệu");
    } else {
      try {
        kind = DocumentKind.valueOf(kindText.strip());
      } catch (IllegalArgumentException e) {
        errors.reject("kind", "loại tài liệu \"" + kindText + "\" không có trong hồ sơ kết nạp");
      }
    }
    LocalDate date = Inputs.date(dateText, "documentDate", "ngày của tài liệu", errors);
    if (date != null && date.isAfter(today())) {
      errors.reject("documentDate", "ngày của tài liệu không được sau hôm nay");
    }
    String type = null;
    if (content == null || content.length == 0) {
      errors.reject("file", "chưa chọn tệp hoặc tệp rỗng");
    } else if (content.length > properties.maxDocumentBytes()) {
      errors.reject(
          "file",
          "tệp lớn quá "
              + (properties.maxDocumentBytes() / (1024 * 1024))
              + " MB ("
              + (content.length / 1024)
              + " KB)");
    } else {
      type = UploadedFiles.sniff(content);
      if (type == null || !properties.documentTypes().contains(type)) {
        errors.reject("file", "chỉ nhận tệp PDF, JPEG hoặc PNG");
      }
    }
    String name = UploadedFiles.cleanName(fileName, "tai-lieu", "file", errors);
    errors.throwIfAny();
    if (c.stage() != AdmissionStage.MENTOR && c.stage() != AdmissionStage.DOSSIER) {
      throw new StepConflictException(
          "Hồ sơ "
              + id
              + " đang ở bước \""
              + c.stage().label()
              + "\", không bổ sung tài liệu được");
    }
    long docId =
        repository.insertDocument(
            id, kind, date, name, type, content, UploadedFiles.sha256(content), by, now());
    repository.event(id, c.stage(), by, "Tải lên: " + kind.label() + " (" + name + ")", now());
    return repository.document(docId).orElseThrow();
  }

  /** The facts of the dossier that are typed rather than uploaded. */
  public record Dossier(
      String education,
      Boolean educationExemption,
      Boolean organisationIntroduction,
      List<IntroducerLine> introducers,
      String fatherName,
      String motherName,
      String guardianName,
      String parentsInLaw,
      String spouseName,
      String adultChildren) {

    public Dossier {
      introducers = introducers == null ? List.of() : List.copyOf(introducers);
    }
  }

  /**
   * Step 2: the dossier is complete. Checks the typed facts and that every required document is
   * there, then lists whose background the committee verifies.
   *
   * @return the ids of the verifications to do
   */
  @Transactional
  public List<Long> submitDossier(String id, Dossier d, String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    Education education = null;
    if (d.education() == null || d.education().isBlank()) {
      errors.reject("education", "chưa chọn trình độ học vấn");
    } else {
      try {
        education = Education.valueOf(d.education().strip());
      } catch (IllegalArgumentException e) {
        errors.reject("education", "trình độ học vấn \"" + d.education() + "\" không hợp lệ");
      }
    }
    boolean organisation = Boolean.TRUE.equals(d.organisationIntroduction());
    Set<Long> official = officialMembers(c).stream().map(Member::id).collect(Collectors.toSet());
    Set<Long> seen = new LinkedHashSet<>();
    for (int i = 0; i < d.introducers().size(); i++) {
      IntroducerLine line = d.introducers().get(i);
      String field = "introducer" + (i + 1) + "MemberId";
      if (!official.contains(line.memberId())) {
        errors.reject(field, "người giới thiệu phải là đảng viên chính thức của chi bộ");
      } else if (!seen.add(line.memberId())) {
        errors.reject(field, "một người chỉ giới thiệu một lần");
      }
      if (line.monthsKnown() < 0 || line.monthsKnown() > 1200) {
        errors.reject("introducer" + (i + 1) + "Months", "số tháng cùng công tác không hợp lệ");
      }
    }
    int needed = organisation ? 1 : 2;
    if (d.introducers().size() < needed) {
      errors.reject(
          "introducer" + (d.introducers().size() + 1) + "MemberId",
          organisation
              ? "cần một đảng viên chính thức giới thiệu cùng nghị quyết của đoàn thể"
              : "cần hai đảng viên chính thức giới thiệu");
    } else if (d.introducers().size() > 2) {
      errors.reject("introducer3MemberId", "nhiều nhất hai người giới thiệu");
    }
    List<Verification> people = new ArrayList<>();
    Member applicant = applicant(c);
    people.add(
        new Verification(0, id, Relation.APPLICANT, applicant.fullName(), null, null, null, null));
    person(people, id, Relation.FATHER, d.fatherName(), "fatherName", errors);
    person(people, id, Relation.MOTHER, d.motherName(), "motherName", errors);
    person(people, id, Relation.GUARDIAN, d.guardianName(), "guardianName", errors);
    for (String name : names(d.parentsInLaw())) {
      person(people, id, Relation.PARENT_IN_LAW, name, "parentsInLaw", errors);
    }
    person(people, id, Relation.SPOUSE, d.spouseName(), "spouseName", errors);
    for (String name : names(d.adultChildren())) {
      person(people, id, Relation.ADULT_CHILD, name, "adultChildren", errors);
    }
    Map<DocumentKind, DossierDocument> docs = currentDocuments(id);
    for (DocumentKind kind : DocumentKind.values()) {
      boolean needs =
          kind.isRequired() || (kind == DocumentKind.ORGANISATION_INTRODUCTION && organisation);
      if (needs && !docs.containsKey(kind)) {
        errors.reject("documents", "hồ sơ còn thiếu: " + kind.label());
      }
    }
    errors.throwIfAny();
    move(c, AdmissionStage.DOSSIER, AdmissionStage.VERIFICATION);
    repository.updateDossier(
        id,
        education.name(),
        Boolean.TRUE.equals(d.educationExemption()),
        organisation,
        docs.containsKey(DocumentKind.OVER_60_APPROVAL),
        now());
    repository.replaceIntroducers(id, d.introducers());
    List<Long> ids = repository.replaceVerifications(id, people);
    repository.event(
        id,
        AdmissionStage.DOSSIER,
        by,
        "Hồ sơ đủ tài liệu; thẩm tra lý lịch " + people.size() + " người",
        now());
    return ids;
  }

  /** Step 3: one committee member's verification of one person. */
  @Transactional
  public void recordVerification(
      String id, long verificationId, String resultText, String note, String by) {
    Errors errors = new Errors();
    VerificationResult result = null;
    if (resultText == null || resultText.isBlank()) {
      errors.reject("verificationResult", "chưa chọn kết quả thẩm tra");
    } else {
      try {
        result = VerificationResult.valueOf(resultText.strip());
      } catch (IllegalArgumentException e) {
        errors.reject("verificationResult", "kết quả thẩm tra không hợp lệ");
      }
    }
    String clean =
        Inputs.text(
            note,
            "verificationNote",
            "nội dung cần làm rõ",
            MAX_NOTE,
            result == VerificationResult.CONCERN,
            errors);
    errors.throwIfAny();
    Verification v =
        repository
            .verification(verificationId)
            .filter(x -> x.caseId().equals(id))
            .orElseThrow(() -> new NoSuchElementException("verification " + verificationId));
    expect(admissionCase(id), AdmissionStage.VERIFICATION);
    if (repository.recordVerification(verificationId, result.name(), clean, by, now()) != 1) {
      throw new StepConflictException(
          "Việc thẩm tra " + v.relation().label().toLowerCase() + " đã có kết quả");
    }
    repository.event(
        id,
        AdmissionStage.VERIFICATION,
        by,
        "Thẩm tra "
            + v.relation().label().toLowerCase()
            + " "
            + v.personName()
            + ": "
            + result.label().toLowerCase(),
        now());
  }

  /**
   * Step 4: the {@code AdmissionEligibility} decision on today's facts, and the verifications.
   * Eligible: the branch may vote. Not: back to the dossier, with every reason.
   */
  @Transactional
  public boolean checkEligibility(String id) {
    AdmissionCase c = admissionCase(id);
    LocalDate today = today();
    Eligibility e = judge(c, today);
    List<String> reasons = new ArrayList<>(e.reasons());
    for (Verification v : repository.verifications(id)) {
      if (v.result() == VerificationResult.CONCERN) {
        reasons.add(
            "Thẩm tra lý lịch "
                + v.relation().label().toLowerCase()
                + " "
                + v.personName()
                + " có vấn đề cần làm rõ: "
                + v.note());
      }
    }
    boolean eligible = reasons.isEmpty();
    repository.updateEligibility(
        id, today, e.ruleSet(), eligible ? null : String.join("\n", reasons));
    move(
        c,
        AdmissionStage.VERIFICATION,
        eligible ? AdmissionStage.BRANCH_VOTE : AdmissionStage.DOSSIER);
    repository.event(
        id,
        AdmissionStage.VERIFICATION,
        null,
        eligible
            ? "Đủ điều kiện kết nạp (" + e.ruleSet() + ")"
            : "Chưa đủ điều kiện kết nạp: " + String.join("; ", reasons),
        now());
    if (!eligible) {
      notices.notEligible(c, branchOf(c), applicant(c), reasons);
    }
    return eligible;
  }

  private Eligibility judge(AdmissionCase c, LocalDate on) {
    Member applicant = applicant(c);
    Map<DocumentKind, DossierDocument> docs = currentDocuments(c.id());
    List<Introducer> introducers = new ArrayList<>();
    for (IntroducerLine line : repository.introducers(c.id())) {
      Member m = organizations.member(line.memberId()).orElseThrow();
      boolean official =
          m.branchId() == c.branchId()
              && (m.status() == MemberStatus.OFFICIAL || m.status() == MemberStatus.EXEMPTED);
      introducers.add(
          new Introducer(m.fullName(), official, line.monthsKnown(), line.replacement()));
    }
    LocalDate oldest =
        docs.values().stream()
            .filter(d -> d.kind() != DocumentKind.CERTIFICATE)
            .map(DossierDocument::documentDate)
            .min(LocalDate::compareTo)
            .orElse(null);
    DossierDocument certificate = docs.get(DocumentKind.CERTIFICATE);
    return eligibility.judge(
        new EligibilityFacts(
            on,
            applicant.birthDate(),
            c.over60Approved(),
            c.education() == null ? Education.NONE : Education.valueOf(c.education()),
            c.educationExemption(),
            certificate == null ? null : certificate.documentDate(),
            introducers,
            c.organisationIntroduction(),
            oldest));
  }

  /**
   * Step 5: the branch votes on the one applicant. The base is every official member of the branch
   * in the registry, not those present (DOMAIN.md §4); the vote day is the day of consideration, so
   * eligibility is judged again on it.
   *
   * @return whether at least two thirds agreed
   */
  @Transactional
  public VoteOutcome recordBranchVote(
      String id,
      String voteDateText,
      Integer votesFor,
      Integer votesAgainst,
      Integer votesAbstain,
      Integer exemptedAbsent,
      String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    LocalDate day = Inputs.date(voteDateText, "voteDate", "ngày chi bộ xét kết nạp", errors);
    if (day != null && day.isAfter(today())) {
      errors.reject("voteDate", "ngày xét không được sau hôm nay");
    }
    if (day != null && c.eligibilityCheckedOn() != null && day.isBefore(c.eligibilityCheckedOn())) {
      errors.reject(
          "voteDate",
          "ngày xét không được trước ngày kiểm tra điều kiện ("
              + MeetingTexts.date(c.eligibilityCheckedOn())
              + ")");
    }
    Inputs.count(votesFor, "votesFor", "số phiếu tán thành", errors);
    Inputs.count(votesAgainst, "votesAgainst", "số phiếu không tán thành", errors);
    Inputs.count(votesAbstain, "votesAbstain", "số người không biểu quyết", errors);
    errors.throwIfAny();
    expect(c, AdmissionStage.BRANCH_VOTE);
    Eligibility onVoteDay = judge(c, day);
    if (!onVoteDay.eligible()) {
      throw new InvalidInputException(
          "voteDate",
          "vào ngày "
              + MeetingTexts.date(day)
              + " chưa đủ điều kiện kết nạp: "
              + String.join("; ", onVoteDay.reasons()));
    }
    List<Member> official = officialMembers(c);
    long exempted = official.stream().filter(m -> m.status() == MemberStatus.EXEMPTED).count();
    int absentExempted = exemptedAbsent == null ? 0 : exemptedAbsent;
    if (absentExempted < 0 || absentExempted > exempted) {
      throw new InvalidInputException(
          "exemptedAbsent",
          "chi bộ có "
              + exempted
              + " đảng viên miễn sinh hoạt, số vắng mặt phải từ 0 đến "
              + exempted);
    }
    VoteCount count;
    try {
      count =
          new VoteCount(official.size(), 0, absentExempted, votesFor, votesAgainst, votesAbstain);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("votesFor", e.getMessage());
    }
    VoteOutcome outcome = voteDecision.evaluate(VoteKind.ADMISSION, day, count);
    repository.updateVote(
        id, day, votesFor, votesAgainst, votesAbstain, outcome.base(), outcome.required());
    String tally =
        votesFor
            + "/"
            + outcome.base()
            + " đảng viên chính thức tán thành (cần "
            + outcome.required()
            + ")";
    if (outcome.passed()) {
      Routing r = routing(c);
      move(
          c,
          AdmissionStage.BRANCH_VOTE,
          r.reviewNeeded() ? AdmissionStage.REVIEW : AdmissionStage.DECISION);
      repository.updateDecisionDue(
          id, calendar.addWorkingDays(day, properties.decisionWorkingDays()));
      repository.event(
          id, AdmissionStage.BRANCH_VOTE, by, "Chi bộ đề nghị kết nạp: " + tally, now());
    } else {
      close(
          c,
          AdmissionStage.BRANCH_VOTE,
          AdmissionStage.NOT_ADMITTED,
          "Chưa đủ hai phần ba: " + tally,
          by);
    }
    return outcome;
  }

  /** Step 6: the grassroots committee above a subordinate branch reviews the proposal. */
  @Transactional
  public boolean review(String id, Boolean approve, String note, String by) {
    Errors errors = new Errors();
    if (approve == null) {
      errors.reject("reviewDecision", "chưa chọn ý kiến của đảng ủy cơ sở");
    }
    String clean =
        Inputs.text(
            note,
            "reviewNote",
            "lý do không đồng ý",
            MAX_NOTE,
            Boolean.FALSE.equals(approve),
            errors);
    errors.throwIfAny();
    AdmissionCase c = admissionCase(id);
    expect(c, AdmissionStage.REVIEW);
    repository.updateReview(id, approve, clean, by);
    if (approve) {
      move(c, AdmissionStage.REVIEW, AdmissionStage.DECISION);
      repository.event(
          id,
          AdmissionStage.REVIEW,
          by,
          "Đảng ủy cơ sở đồng ý, đề nghị cấp trên quyết định",
          now());
    } else {
      close(
          c,
          AdmissionStage.REVIEW,
          AdmissionStage.REJECTED,
          "Đảng ủy cơ sở không đồng ý: " + clean,
          by);
    }
    return approve;
  }

  /** What the competent committee did with the case. */
  public enum DecisionOutcome {
    APPROVED,
    REJECTED,
    EXTENDED
  }

  /**
   * Step 7: the competent committee admits, refuses, or once extends its own deadline. Admission
   * sets the ceremony's deadline from the day the branch receives the decision (the day it is
   * recorded here, when the branch is told).
   */
  @Transactional
  public DecisionOutcome decide(
      String id,
      String decision,
      String number,
      String dateText,
      Integer extensionDays,
      String reason,
      Integer committeeVotesFor,
      String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    DecisionOutcome outcome = null;
    if (decision == null || decision.isBlank()) {
      errors.reject("admissionDecision", "chưa chọn quyết định");
    } else {
      switch (decision.strip()) {
        case "APPROVE" -> outcome = DecisionOutcome.APPROVED;
        case "REJECT" -> outcome = DecisionOutcome.REJECTED;
        case "EXTEND" -> outcome = DecisionOutcome.EXTENDED;
        default -> errors.reject("admissionDecision", "quyết định không hợp lệ");
      }
    }
    String cleanNumber = null;
    LocalDate date = null;
    if (outcome == DecisionOutcome.APPROVED) {
      // Left empty, the number is the decision document's, issued by this step from the
      // committee's register; typed, it is the number the committee gave the decision on paper.
      cleanNumber = Inputs.text(number, "decisionNumber", "số quyết định", 64, false, errors);
      date = Inputs.date(dateText, "decisionDate", "ngày quyết định", errors);
      if (date != null && date.isAfter(today())) {
        errors.reject("decisionDate", "ngày quyết định không được sau hôm nay");
      }
      if (date != null && c.voteDate() != null && date.isBefore(c.voteDate())) {
        errors.reject(
            "decisionDate",
            "ngày quyết định không được trước ngày chi bộ xét ("
                + MeetingTexts.date(c.voteDate())
                + ")");
      }
    }
    VoteOutcome committeeVote = null;
    if (outcome == DecisionOutcome.APPROVED) {
      // The committee that decides does so by at least two thirds of its members (DOMAIN.md §4).
      int members = committeeSize(routing(c).competent());
      if (committeeVotesFor == null) {
        errors.reject("committeeVotesFor", "chưa nhập số cấp ủy viên tán thành");
      } else if (committeeVotesFor < 0 || committeeVotesFor > members) {
        errors.reject(
            "committeeVotesFor",
            "cấp ủy có " + members + " ủy viên, số tán thành phải từ 0 đến " + members);
      } else {
        committeeVote =
            voteDecision.evaluate(
                VoteKind.ADMISSION,
                date == null ? today() : date,
                new VoteCount(members, 0, 0, committeeVotesFor, 0, 0));
        if (!committeeVote.passed()) {
          errors.reject(
              "committeeVotesFor",
              "quyết định kết nạp cần ít nhất "
                  + committeeVote.required()
                  + "/"
                  + committeeVote.base()
                  + " cấp ủy viên tán thành");
        }
      }
    }
    if (outcome == DecisionOutcome.EXTENDED) {
      if (extensionDays == null) {
        errors.reject("extensionDays", "chưa nhập số ngày làm việc gia hạn");
      } else if (extensionDays < 1
          || extensionDays > properties.decisionExtensionMaxWorkingDays()) {
        errors.reject(
            "extensionDays",
            "gia hạn từ 1 đến " + properties.decisionExtensionMaxWorkingDays() + " ngày làm việc");
      } else if (c.decisionExtensionDays() != null) {
        errors.reject("extensionDays", "thời hạn đã được gia hạn một lần, không gia hạn thêm");
      }
    }
    String cleanReason =
        Inputs.text(
            reason,
            "decisionReason",
            outcome == DecisionOutcome.EXTENDED ? "lý do gia hạn" : "lý do không kết nạp",
            MAX_NOTE,
            outcome == DecisionOutcome.REJECTED || outcome == DecisionOutcome.EXTENDED,
            errors);
    errors.throwIfAny();
    expect(c, AdmissionStage.DECISION);
    switch (outcome) {
      case APPROVED -> {
        LocalDate received = today();
        LocalDate ceremonyDue = calendar.addWorkingDays(received, properties.ceremonyWorkingDays());
        repository.updateDecision(
            id, true, cleanNumber, date, cleanReason, by, received, ceremonyDue);
        repository.updateCommitteeVote(id, committeeVotesFor, committeeVote.base());
        move(c, AdmissionStage.DECISION, AdmissionStage.CEREMONY);
        if (cleanNumber == null) {
          cleanNumber = decisionRegister.getObject().issueDecision(id, by);
          repository.updateDecisionNumber(id, cleanNumber);
        }
        repository.event(
            id,
            AdmissionStage.DECISION,
            by,
            "Quyết định kết nạp số "
                + cleanNumber
                + " ngày "
                + MeetingTexts.date(date)
                + " ("
                + committeeVotesFor
                + "/"
                + committeeVote.base()
                + " cấp ủy viên tán thành); lễ kết nạp trước "
                + MeetingTexts.date(ceremonyDue),
            now());
      }
      case REJECTED -> {
        repository.updateDecision(id, false, null, today(), cleanReason, by, today(), null);
        close(
            c,
            AdmissionStage.DECISION,
            AdmissionStage.REJECTED,
            "Cấp ủy không đồng ý: " + cleanReason,
            by);
      }
      case EXTENDED -> {
        LocalDate newDue = calendar.addWorkingDays(c.decisionDue(), extensionDays);
        if (repository.extendDecision(id, extensionDays, cleanReason, newDue) != 1) {
          throw new StepConflictException("Thời hạn quyết định đã được gia hạn");
        }
        repository.event(
            id,
            AdmissionStage.DECISION,
            by,
            "Gia hạn "
                + extensionDays
                + " ngày làm việc, đến "
                + MeetingTexts.date(newDue)
                + ": "
                + cleanReason,
            now());
      }
    }
    return outcome;
  }

  /** The members of an organisation's committee today: secretary, deputies, committee members. */
  public int committeeSize(Organization committee) {
    return organizations
        .holders(
            committee.id(),
            Set.of(RoleType.SECRETARY, RoleType.DEPUTY_SECRETARY, RoleType.COMMITTEE_MEMBER))
        .size();
  }

  /** The decision is overdue: the committee above the competent one is told. */
  @Transactional
  public void escalateDecision(String id) {
    AdmissionCase c = admissionCase(id);
    if (c.stage() != AdmissionStage.DECISION) {
      return; // decided in the meantime
    }
    Routing r = routing(c);
    repository.event(
        id,
        AdmissionStage.DECISION,
        null,
        "Quá hạn quyết định kết nạp (" + MeetingTexts.date(c.decisionDue()) + "), đã báo cấp trên",
        now());
    notices.decisionOverdue(c, r, applicant(c));
  }

  /** The branch learns the outcome of the committees: admitted, refused, or stopped. */
  @Transactional
  public void tellBranch(String id) {
    AdmissionCase c = admissionCase(id);
    notices.outcome(c, branchOf(c), applicant(c));
  }

  /**
   * The ceremony is overdue: the branch's direct superior allows a late ceremony, or the case
   * stops.
   */
  @Transactional
  public boolean decideLateCeremony(String id, Boolean approve, String note, String by) {
    Errors errors = new Errors();
    if (approve == null) {
      errors.reject("lateCeremonyDecision", "chưa chọn đồng ý hay không");
    }
    String clean = Inputs.text(note, "lateCeremonyNote", "ý kiến", MAX_NOTE, true, errors);
    errors.throwIfAny();
    AdmissionCase c = admissionCase(id);
    expect(c, AdmissionStage.CEREMONY);
    repository.updateLateCeremony(id, approve, clean);
    if (approve) {
      repository.event(
          id,
          AdmissionStage.CEREMONY,
          by,
          "Cấp trên đồng ý tổ chức lễ kết nạp muộn: " + clean,
          now());
    } else {
      close(
          c,
          AdmissionStage.CEREMONY,
          AdmissionStage.STOPPED,
          "Cấp trên không đồng ý tổ chức muộn: " + clean,
          by);
    }
    return approve;
  }

  /**
   * Step 8: the ceremony. The person becomes a probationary member from that day, with party
   * seniority from the decision's date.
   */
  @Transactional
  public AdmissionCase holdCeremony(String id, String dateText, String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    LocalDate day = Inputs.date(dateText, "ceremonyDate", "ngày tổ chức lễ kết nạp", errors);
    if (day != null && day.isAfter(today())) {
      errors.reject("ceremonyDate", "ngày lễ kết nạp không được sau hôm nay");
    }
    if (day != null && c.decisionDate() != null && day.isBefore(c.decisionDate())) {
      errors.reject(
          "ceremonyDate",
          "lễ kết nạp không được trước ngày quyết định ("
              + MeetingTexts.date(c.decisionDate())
              + ")");
    }
    if (day != null
        && c.ceremonyDue() != null
        && day.isAfter(c.ceremonyDue())
        && !Boolean.TRUE.equals(c.lateCeremonyApproved())) {
      errors.reject(
          "ceremonyDate",
          "quá hạn tổ chức lễ kết nạp ("
              + MeetingTexts.date(c.ceremonyDue())
              + "): cần cấp ủy cấp trên trực tiếp đồng ý trước");
    }
    errors.throwIfAny();
    LocalDate fileDue = calendar.addWorkingDays(day, properties.memberFileWorkingDays());
    move(c, AdmissionStage.CEREMONY, AdmissionStage.MEMBER_FILE);
    repository.updateCeremony(id, day, fileDue);
    organizations.admit(c.memberId(), c.decisionDate(), day, "Kết nạp theo hồ sơ " + id);
    // Twelve months of probation begin with the ceremony, with the same mentor.
    String probation = probations.open(c.memberId(), day, c.mentorMemberId(), by);
    repository.event(
        id,
        AdmissionStage.CEREMONY,
        by,
        "Tổ chức lễ kết nạp ngày "
            + MeetingTexts.date(day)
            + "; đảng viên dự bị từ ngày này, hồ sơ dự bị "
            + probation,
        now());
    return admissionCase(id);
  }

  /** Step 9: the new member's file is complete; the case ends. */
  @Transactional
  public void completeMemberFile(String id, String dateText, String by) {
    AdmissionCase c = admissionCase(id);
    Errors errors = new Errors();
    LocalDate day = Inputs.date(dateText, "memberFileCompleted", "ngày hoàn thiện hồ sơ", errors);
    if (day != null && day.isAfter(today())) {
      errors.reject("memberFileCompleted", "ngày hoàn thiện không được sau hôm nay");
    }
    if (day != null && c.ceremonyDate() != null && day.isBefore(c.ceremonyDate())) {
      errors.reject("memberFileCompleted", "ngày hoàn thiện không được trước lễ kết nạp");
    }
    errors.throwIfAny();
    move(c, AdmissionStage.MEMBER_FILE, AdmissionStage.ADMITTED);
    repository.updateMemberFile(id, day);
    repository.event(
        id,
        AdmissionStage.MEMBER_FILE,
        by,
        "Hoàn thiện hồ sơ đảng viên ngày " + MeetingTexts.date(day),
        now());
  }

  // --- helpers -------------------------------------------------------------------------------

  private void close(
      AdmissionCase c, AdmissionStage from, AdmissionStage to, String reason, String by) {
    move(c, from, to);
    repository.updateOutcomeReason(c.id(), reason);
    // The candidate stays on the branch's list.
    organizations.changeStatus(
        c.memberId(), MemberStatus.CANDIDATE, today(), to.label() + " (" + c.id() + ")");
    repository.event(c.id(), from, by, to.label() + ": " + reason, now());
    log.info("Admission case {} closed: {}", c.id(), to);
  }

  private void move(AdmissionCase c, AdmissionStage from, AdmissionStage to) {
    if (repository.transition(c.id(), from, to, now()) != 1) {
      throw conflict(c.id(), from);
    }
  }

  private void expect(AdmissionCase c, AdmissionStage stage) {
    if (c.stage() != stage) {
      throw conflict(c.id(), stage);
    }
  }

  private StepConflictException conflict(String id, AdmissionStage expected) {
    AdmissionCase now = admissionCase(id);
    return new StepConflictException(
        "Hồ sơ "
            + id
            + " đang ở bước \""
            + now.stage().label()
            + "\", không ở bước \""
            + expected.label()
            + "\"");
  }

  private static void person(
      List<Verification> people,
      String id,
      Relation relation,
      String name,
      String field,
      Errors errors) {
    String clean = Inputs.text(name, field, "họ và tên", 255, false, errors);
    if (clean != null) {
      people.add(new Verification(0, id, relation, clean, null, null, null, null));
    }
  }

  private static List<String> names(String text) {
    if (text == null) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split("[,;\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
