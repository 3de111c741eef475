package vn.chibo.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.admission.probation.ProbationCase;
import vn.chibo.admission.probation.ProbationService;
import vn.chibo.admission.probation.ProbationStatus;
import vn.chibo.admission.probation.ProbationVote;
import vn.chibo.document.DocumentContent.Signature;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.workflow.StepConflictException;

/**
 * The probation case's document: the branch's resolution proposing that the member be recognised as
 * an official member (mẫu 13-KNĐ), from its vote. It can be drafted once the case waits for the
 * vote and issued once a vote reached two thirds for recognition.
 */
@Component
class ProbationDocuments implements DocumentSource {

  private final ProbationService probations;
  private final OrganizationService organizations;

  ProbationDocuments(ProbationService probations, OrganizationService organizations) {
    this.probations = probations;
    this.organizations = organizations;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(DocumentType.RECOGNITION_PROPOSAL);
  }

  @Override
  public Optional<Long> branchOf(String subjectKey) {
    if (subjectKey == null || !subjectKey.startsWith("PRB-")) {
      return Optional.empty();
    }
    return probations.findCase(subjectKey).map(ProbationCase::branchId);
  }

  @Override
  public List<DocumentType> available(String subjectKey) {
    return probations
        .findCase(subjectKey)
        .filter(c -> draftable(c, probations.votes(c.id())))
        .map(c -> List.of(DocumentType.RECOGNITION_PROPOSAL))
        .orElse(List.of());
  }

  /** From the vote step on, or once the branch has voted (a case that ended before has none). */
  private static boolean draftable(ProbationCase c, List<ProbationVote> votes) {
    return c.status() == ProbationStatus.BRANCH_VOTE || !votes.isEmpty();
  }

  @Override
  public DocumentContent content(DocumentType type, String subjectKey) {
    if (type != DocumentType.RECOGNITION_PROPOSAL) {
      throw new IllegalArgumentException(type.name());
    }
    ProbationCase c =
        probations
            .findCase(subjectKey)
            .orElseThrow(() -> new StepConflictException("Không có hồ sơ dự bị " + subjectKey));
    List<ProbationVote> votes = probations.votes(c.id());
    if (!draftable(c, votes)) {
      throw new StepConflictException(
          "Hồ sơ "
              + c.id()
              + " chưa đến bước chi bộ biểu quyết công nhận đảng viên chính thức ("
              + c.status().label().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    Organization branch = probations.branchOf(c);
    Member member = probations.member(c);
    Organization competent = organizations.competentCommittee(branch.id()).orElse(null);
    Organization superior =
        branch.parentId() == null
            ? null
            : organizations.organization(branch.parentId()).orElse(null);

    // The vote the resolution states: the one that carried recognition, else the latest.
    ProbationVote vote =
        votes.stream()
            .filter(v -> v.result() == ProbationVote.Result.RECOGNITION)
            .findFirst()
            .orElse(votes.isEmpty() ? null : votes.get(votes.size() - 1));
    LocalDate date = vote != null ? vote.voteDate() : organizations.today();

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("caseId", c.id());
    model.put("branch", branch);
    model.put("person", AdmissionDocuments.particulars(member, null));
    model.put("meetingDate", Letterhead.inWords(date));
    model.put("ceremonyDate", Letterhead.inWords(c.ceremonyDate()));
    model.put(
        "admissionDecisionDate",
        member.admissionDecisionDate() == null
            ? ""
            : Letterhead.inWords(member.admissionDecisionDate()));
    model.put("probationEnd", Letterhead.inWords(c.probationEnd()));
    model.put("months", probations.properties().months());
    model.put("strengths", MeetingDocuments.paragraphs(c.selfReviewStrengths()));
    model.put("shortcomings", MeetingDocuments.paragraphs(c.selfReviewShortcomings()));
    model.put("mentor", probations.mentorOf(c).map(Member::fullName).orElse(""));
    model.put("mentorAssessment", MeetingDocuments.paragraphs(c.mentorAssessment()));
    model.put("workplaceOpinion", MeetingDocuments.paragraphs(c.workplaceOpinion()));
    model.put("residenceOpinion", MeetingDocuments.paragraphs(c.residenceOpinion()));
    model.put("vote", vote == null ? preview(c, date) : counted(vote));
    model.put("round", vote == null ? 0 : vote.round());
    model.put(
        "competent",
        competent == null ? "cấp ủy có thẩm quyền" : Letterhead.committeeName(competent));

    String notIssuable;
    if (vote == null) {
      notIssuable = "chi bộ chưa biểu quyết công nhận đảng viên chính thức";
    } else if (vote.result() == ProbationVote.Result.RECOGNITION) {
      notIssuable = null;
    } else if (vote.result() == ProbationVote.Result.REMOVAL) {
      notIssuable = "chi bộ biểu quyết đề nghị xóa tên, không đề nghị công nhận chính thức";
    } else {
      notIssuable =
          "chưa đủ hai phần ba đảng viên chính thức tán thành công nhận ("
              + vote.votesForRecognition()
              + "/"
              + vote.base()
              + ", cần "
              + vote.required()
              + ")";
    }
    List<String> recipients = new ArrayList<>();
    if (competent != null) {
      recipients.add("- " + Letterhead.committeeName(competent) + " (để xem xét, quyết định),");
    }
    if (superior != null && (competent == null || superior.id() != competent.id())) {
      recipients.add("- " + Letterhead.committeeName(superior) + " (để báo cáo),");
    }
    recipients.add("- Lưu chi bộ, hồ sơ đảng viên.");
    List<Member> secretaries = organizations.holders(branch.id(), Set.of(RoleType.SECRETARY));
    return new DocumentContent(
        DocumentType.RECOGNITION_PROPOSAL,
        c.id(),
        branch.id(),
        branch.id(),
        date,
        "NGHỊ QUYẾT",
        "Về việc đề nghị công nhận đảng viên chính thức",
        model,
        List.of(
            new Signature(
                "T/M CHI BỘ",
                "BÍ THƯ",
                secretaries.isEmpty() ? "" : secretaries.get(0).fullName())),
        recipients,
        "nghi-quyet-cong-nhan-chinh-thuc-" + c.id(),
        notIssuable);
  }

  /**
   * A vote as the resolution states it; before the vote the base is known and the counts are left
   * blank.
   */
  record Tally(
      Integer forRecognition,
      Integer forRemoval,
      Integer notVoting,
      int officialMembers,
      int exemptedMembers,
      int base,
      int required,
      String share) {}

  private Tally counted(ProbationVote v) {
    return new Tally(
        v.votesForRecognition(),
        v.votesForRemoval(),
        Math.max(0, v.base() - v.votesForRecognition() - v.votesForRemoval()),
        v.officialMembers(),
        v.exemptedMembers(),
        v.base(),
        v.required(),
        v.base() == 0 ? "" : MeetingDocuments.percent(v.votesForRecognition(), v.base()));
  }

  private Tally preview(ProbationCase c, LocalDate date) {
    ProbationService.VoteBase base = probations.voteBase(c.id(), date);
    return new Tally(
        null,
        null,
        null,
        base.officialMembers(),
        base.exemptedMembers(),
        base.base(),
        base.required(),
        "");
  }
}
