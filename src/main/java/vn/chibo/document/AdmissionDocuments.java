package vn.chibo.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.admission.AdmissionCase;
import vn.chibo.admission.AdmissionService;
import vn.chibo.admission.AdmissionService.Routing;
import vn.chibo.admission.AdmissionStage;
import vn.chibo.admission.CaseEvent;
import vn.chibo.admission.IntroducerLine;
import vn.chibo.admission.Verification;
import vn.chibo.admission.eligibility.Education;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.document.DocumentContent.Signature;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.RoleType;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.workflow.StepConflictException;

/**
 * The admission case's documents: the branch's resolution proposing the admission (mẫu 6-KNĐ) from
 * its vote, the grassroots committee's resolution (mẫu 8-KNĐ) where a subordinate branch's proposal
 * goes through it, and the competent committee's decision (mẫu 9-KNĐ). Each can be drafted from the
 * step that prepares it on (the vote, the review, the decision) and issued once that step has gone
 * the admission's way.
 */
@Component
class AdmissionDocuments implements DocumentSource {

  private final AdmissionService admissions;
  private final ProbationService probations;
  private final OrganizationService organizations;

  AdmissionDocuments(
      AdmissionService admissions, ProbationService probations, OrganizationService organizations) {
    this.admissions = admissions;
    this.probations = probations;
    this.organizations = organizations;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(
        DocumentType.ADMISSION_PROPOSAL,
        DocumentType.ADMISSION_REVIEW,
        DocumentType.ADMISSION_DECISION);
  }

  @Override
  public Optional<Long> branchOf(String subjectKey) {
    if (subjectKey == null || !subjectKey.startsWith("ADM-")) {
      return Optional.empty();
    }
    return admissions.findCase(subjectKey).map(AdmissionCase::branchId);
  }

  @Override
  public List<DocumentType> available(String subjectKey) {
    AdmissionCase c = admissions.findCase(subjectKey).orElse(null);
    if (c == null) {
      return List.of();
    }
    List<DocumentType> types = new ArrayList<>();
    if (proposalDraftable(c)) {
      types.add(DocumentType.ADMISSION_PROPOSAL);
    }
    if (reviewDraftable(c)) {
      types.add(DocumentType.ADMISSION_REVIEW);
    }
    if (decisionDraftable(c)) {
      types.add(DocumentType.ADMISSION_DECISION);
    }
    return types;
  }

  /** From the vote step on: the secretary prepares the resolution before the branch votes. */
  private static boolean proposalDraftable(AdmissionCase c) {
    return c.stage() == AdmissionStage.BRANCH_VOTE || c.voteDate() != null;
  }

  /** Only where the proposal went through the grassroots committee. */
  private static boolean reviewDraftable(AdmissionCase c) {
    return c.stage() == AdmissionStage.REVIEW || c.reviewPassed() != null;
  }

  /**
   * From the decision step on, unless the committee refused: a refusal is no admission decision.
   */
  private static boolean decisionDraftable(AdmissionCase c) {
    return c.stage() == AdmissionStage.DECISION || Boolean.TRUE.equals(c.decisionApproved());
  }

  @Override
  public DocumentContent content(DocumentType type, String subjectKey) {
    AdmissionCase c =
        admissions
            .findCase(subjectKey)
            .orElseThrow(() -> new StepConflictException("Không có hồ sơ kết nạp " + subjectKey));
    return switch (type) {
      case ADMISSION_PROPOSAL -> proposal(c);
      case ADMISSION_REVIEW -> review(c);
      case ADMISSION_DECISION -> decision(c);
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  // ------------------------------------------------------------------ 6-KNĐ

  private DocumentContent proposal(AdmissionCase c) {
    if (!proposalDraftable(c)) {
      throw new StepConflictException(
          "Hồ sơ " + c.id() + " chưa đến bước chi bộ xét kết nạp, chưa soạn được nghị quyết");
    }
    Routing r = admissions.routing(c);
    Organization branch = r.branch();
    Map<String, Object> model = common(c, r);
    model.put("vote", branchVote(c));
    model.put("introducers", introducers(c));
    model.put("mentor", admissions.member(c.mentorMemberId()).map(Member::fullName).orElse(""));
    List<Verification> checked = admissions.verifications(c.id());
    model.put("verified", checked.size());
    model.put("ruleSet", nonBlank(c.eligibilityRuleSet()));
    Organization addressee = r.reviewNeeded() ? r.directSuperior() : r.competent();
    model.put("addressee", Letterhead.committeeName(addressee));
    model.put("reviewNeeded", r.reviewNeeded());
    model.put("competent", Letterhead.committeeName(r.competent()));
    LocalDate date = c.voteDate() != null ? c.voteDate() : organizations.today();
    model.put("meetingDate", Letterhead.inWords(date));
    String notIssuable;
    if (c.voteDate() == null) {
      notIssuable = "chi bộ chưa biểu quyết đề nghị kết nạp";
    } else if (c.votesFor() == null
        || c.voteRequired() == null
        || c.votesFor() < c.voteRequired()) {
      notIssuable =
          "chưa đủ hai phần ba đảng viên chính thức tán thành ("
              + c.votesFor()
              + "/"
              + c.voteBase()
              + ", cần "
              + c.voteRequired()
              + ")";
    } else {
      notIssuable = null;
    }
    List<String> recipients = new ArrayList<>();
    recipients.add("- " + Letterhead.committeeName(addressee) + " (để xem xét),");
    if (r.reviewNeeded()) {
      recipients.add("- " + Letterhead.committeeName(r.competent()) + " (để báo cáo),");
    }
    recipients.add("- Lưu chi bộ, hồ sơ người vào Đảng.");
    return new DocumentContent(
        DocumentType.ADMISSION_PROPOSAL,
        c.id(),
        branch.id(),
        branch.id(),
        date,
        "NGHỊ QUYẾT",
        "Về việc đề nghị kết nạp đảng viên",
        model,
        List.of(signature(branch, "T/M CHI BỘ")),
        recipients,
        "nghi-quyet-de-nghi-ket-nap-" + c.id(),
        notIssuable);
  }

  // ------------------------------------------------------------------ 8-KNĐ

  private DocumentContent review(AdmissionCase c) {
    if (!reviewDraftable(c)) {
      throw new StepConflictException(
          "Hồ sơ " + c.id() + " không qua hoặc chưa đến bước đảng ủy cơ sở xem xét");
    }
    Routing r = admissions.routing(c);
    Organization committee = r.directSuperior();
    Map<String, Object> model = common(c, r);
    model.put("vote", branchVote(c));
    model.put("branchVoteDate", Letterhead.inWords(c.voteDate()));
    model.put("committee", Letterhead.committeeName(committee));
    model.put("competent", Letterhead.committeeName(r.competent()));
    model.put("note", MeetingDocuments.paragraphs(c.reviewNote()));
    LocalDate date = reviewedOn(c).orElse(organizations.today());
    model.put("meetingDate", Letterhead.inWords(date));
    String notIssuable =
        c.reviewPassed() == null
            ? "đảng ủy cơ sở chưa xem xét đề nghị của chi bộ"
            : c.reviewPassed() ? null : "đảng ủy cơ sở không đồng ý đề nghị kết nạp";
    return new DocumentContent(
        DocumentType.ADMISSION_REVIEW,
        c.id(),
        c.branchId(),
        committee.id(),
        date,
        "NGHỊ QUYẾT",
        "Về việc đề nghị kết nạp đảng viên",
        model,
        List.of(signature(committee, "T/M ĐẢNG ỦY")),
        List.of(
            "- " + Letterhead.committeeName(r.competent()) + " (để xem xét, quyết định),",
            "- " + r.branch().name() + ",",
            "- Lưu văn phòng đảng ủy."),
        "nghi-quyet-dang-uy-ket-nap-" + c.id(),
        notIssuable);
  }

  /** The day the review was recorded, from the case's timeline. */
  private Optional<LocalDate> reviewedOn(AdmissionCase c) {
    if (c.reviewPassed() == null) {
      return Optional.empty();
    }
    return admissions.timeline(c.id()).stream()
        .filter(e -> e.stage() == AdmissionStage.REVIEW)
        .map(CaseEvent::at)
        .map(java.time.LocalDateTime::toLocalDate)
        .reduce((first, later) -> later);
  }

  // ------------------------------------------------------------------ 9-KNĐ

  /*
   * The number. The decision step records the number and date the committee gave its decision,
   * typed by hand, often that of a paper signed before the step was completed. The document
   * issued here takes the next number of the committee's own register instead: the register's
   * numbers run one sequence per body, kind and year without gaps or repeats, which a typed number
   * cannot promise. The document's date is the decision's date as recorded, so both say when; and
   * where the recorded number differs from the issued one, the document prints it under the
   * recipients, so that whoever holds either paper can match the two.
   */
  private DocumentContent decision(AdmissionCase c) {
    if (!decisionDraftable(c)) {
      throw new StepConflictException(
          "Hồ sơ " + c.id() + " chưa đến bước cấp ủy có thẩm quyền quyết định kết nạp");
    }
    Routing r = admissions.routing(c);
    Organization committee = r.competent();
    Map<String, Object> model = common(c, r);
    model.put("vote", branchVote(c));
    model.put("branchVoteDate", Letterhead.inWords(c.voteDate()));
    String committeeName = Letterhead.committeeName(committee);
    model.put("committee", committeeName);
    model.put("committeeUpper", Letterhead.upper(committeeName));
    model.put("reviewNeeded", c.reviewPassed() != null);
    model.put(
        "reviewer", c.reviewPassed() != null ? Letterhead.committeeName(r.directSuperior()) : "");
    model.put("reviewDate", reviewedOn(c).map(Letterhead::inWords).orElse(""));
    boolean decided = Boolean.TRUE.equals(c.decisionApproved());
    model.put(
        "committeeVote",
        decided && c.committeeVotesFor() != null && c.committeeMembers() != null
            ? new CommitteeVote(
                c.committeeVotesFor(),
                c.committeeMembers(),
                MeetingDocuments.percent(c.committeeVotesFor(), c.committeeMembers()))
            : null);
    model.put("months", probations.properties().months());
    model.put("recordedNumber", decided ? nonBlank(c.decisionNumber()) : "");
    LocalDate date = decided && c.decisionDate() != null ? c.decisionDate() : organizations.today();
    String capacity =
        committee.type() == OrganizationType.PROVINCIAL_COMMITTEE
            ? "T/M BAN THƯỜNG VỤ"
            : "T/M ĐẢNG ỦY";
    return new DocumentContent(
        DocumentType.ADMISSION_DECISION,
        c.id(),
        c.branchId(),
        committee.id(),
        date,
        "QUYẾT ĐỊNH",
        "Về việc kết nạp đảng viên",
        model,
        List.of(signature(committee, capacity)),
        List.of(
            "- Như Điều 3,", "- Lưu hồ sơ đảng viên, văn phòng " + lowerFirst(committeeName) + "."),
        "quyet-dinh-ket-nap-" + c.id(),
        decided ? null : "cấp ủy có thẩm quyền chưa quyết định kết nạp");
  }

  // ------------------------------------------------------------------ parts

  /** What every admission document says of the person and the bodies. */
  private Map<String, Object> common(AdmissionCase c, Routing r) {
    Member person = admissions.applicant(c);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("caseId", c.id());
    model.put("branch", r.branch());
    model.put("person", particulars(person, c.education()));
    return model;
  }

  /** The person as the forms name them. */
  record Particulars(String fullName, String birth, String gender, String education) {}

  static Particulars particulars(Member person, String educationCode) {
    return new Particulars(
        person.fullName(),
        Letterhead.inWords(person.birthDate()),
        person.gender().label(),
        education(educationCode));
  }

  private static String education(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    try {
      return Education.valueOf(code).label();
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /**
   * The branch's vote, or before it the base and the votes needed with the counts left blank.
   *
   * @param votesFor null before the vote
   */
  record BranchVote(
      Integer votesFor,
      Integer votesAgainst,
      Integer votesAbstain,
      int base,
      int required,
      String share,
      boolean passed) {}

  private BranchVote branchVote(AdmissionCase c) {
    if (c.voteDate() == null || c.votesFor() == null || c.voteBase() == null) {
      VoteOutcome preview = admissions.votePreview(c);
      return new BranchVote(null, null, null, preview.base(), preview.required(), "", false);
    }
    int base = c.voteBase();
    int required = c.voteRequired() == null ? 0 : c.voteRequired();
    return new BranchVote(
        c.votesFor(),
        c.votesAgainst() == null ? 0 : c.votesAgainst(),
        c.votesAbstain() == null ? 0 : c.votesAbstain(),
        base,
        required,
        base == 0 ? "" : MeetingDocuments.percent(c.votesFor(), base),
        c.votesFor() >= required);
  }

  /** The competent committee's vote on the decision. */
  record CommitteeVote(int votesFor, int members, String share) {}

  private List<String> introducers(AdmissionCase c) {
    List<String> names = new ArrayList<>();
    for (IntroducerLine line : admissions.introducers(c.id())) {
      admissions.member(line.memberId()).map(Member::fullName).ifPresent(names::add);
    }
    return names;
  }

  /** The secretary of the body signing for it, or an empty name where it has none. */
  Signature signature(Organization body, String capacity) {
    List<Member> secretaries = organizations.holders(body.id(), Set.of(RoleType.SECRETARY));
    return new Signature(
        capacity, "BÍ THƯ", secretaries.isEmpty() ? "" : secretaries.get(0).fullName());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String nonBlank(String s) {
    return s == null ? "" : s.strip();
  }
}
