package vn.chibo.admission.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.organization.StatusChange;
import vn.chibo.resolution.vote.VoteCount;
import vn.chibo.resolution.vote.VoteKind;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.resolution.vote.VoteOutcomeDecision;
import vn.chibo.workflow.Errors;
import vn.chibo.workflow.Inputs;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;

/**
 * The probation module's public API: opening a case when a member is admitted, each step of the
 * review, the branch votes, the committee's decision, and what happens to a case when its member
 * transfers or leaves. The {@code process} package calls the steps from the BPMN; opening, transfer
 * and departure go the other way and move the process.
 *
 * <p>Every step checks that the case is at the status the step expects (a conditional update), so a
 * second person acting on the same step gets a conflict, not a second write. Bad input is refused
 * field by field before anything is written.
 */
@Service
public class ProbationService {

  private static final Logger log = LoggerFactory.getLogger(ProbationService.class);

  static final int MAX_TEXT = 4000;
  static final int MAX_NOTE = 2000;
  static final int MAX_NUMBER = 64;

  /** The three choices of the committee's step; the first two are {@link ProbationOutcome}s. */
  public static final String EXTENSION = "EXTENSION";

  private final ProbationRepository repository;
  private final OrganizationService organizations;
  private final WorkingDayCalendar calendar;
  private final VoteOutcomeDecision voteDecision;
  private final ProbationProperties properties;
  private final ProbationNotices notices;
  private final ProbationProcess process;
  private final TransactionTemplate savepoint;
  private final Clock clock;

  ProbationService(
      ProbationRepository repository,
      OrganizationService organizations,
      WorkingDayCalendar calendar,
      VoteOutcomeDecision voteDecision,
      ProbationProperties properties,
      ProbationNotices notices,
      ProbationProcess process,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.calendar = calendar;
    this.voteDecision = voteDecision;
    this.properties = properties;
    this.notices = notices;
    this.process = process;
    // A savepoint inside the caller's transaction: when a concurrent open of the same member wins
    // the unique key, only our insert is undone and the caller can still read the winner's case
    // (on PostgreSQL a failed statement would otherwise doom the whole transaction).
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.clock = clock;
  }

  // ------------------------------------------------------------------ reading

  public ProbationCase probationCase(String id) {
    return repository.find(id).orElseThrow(() -> new NoSuchElementException("probation " + id));
  }

  /** The member's case that is still open, if any. */
  public Optional<ProbationCase> openCaseOf(long memberId) {
    return repository.openCaseOf(memberId);
  }

  /** The case, or empty for an unknown id. */
  public Optional<ProbationCase> findCase(String id) {
    return repository.find(id);
  }

  /** Every case, open or ended, whose member is now in one of these branches. */
  public List<ProbationCase> casesOf(Collection<Long> branchIds) {
    return repository.casesOf(branchIds);
  }

  /** Who opened the case (a login, or the admission process's caller) and when. */
  public Optional<Opening> opening(String caseId) {
    return repository.opening(caseId);
  }

  /**
   * The branch's probationary members in the registry who have no open case: those admitted before
   * the application ran, or whose case was not opened at the ceremony.
   */
  public List<Member> probationaryWithoutCase(long branchId) {
    return organizations.membersOf(branchId).stream()
        .filter(m -> m.status() == MemberStatus.PROBATIONARY)
        .filter(m -> repository.openCaseOf(m.id()).isEmpty())
        .toList();
  }

  /** The members of these cases, by id, in one look-up. */
  public Map<Long, Member> membersOf(Collection<ProbationCase> cases) {
    return organizations
        .members(cases.stream().map(ProbationCase::memberId).distinct().toList())
        .stream()
        .collect(Collectors.toMap(Member::id, m -> m));
  }

  public List<ProbationVote> votes(String caseId) {
    return repository.votes(caseId);
  }

  public ProbationProperties properties() {
    return properties;
  }

  public Member member(ProbationCase c) {
    return organizations
        .member(c.memberId())
        .orElseThrow(() -> new NoSuchElementException("member " + c.memberId()));
  }

  public Organization branchOf(ProbationCase c) {
    return organizations
        .organization(c.branchId())
        .orElseThrow(() -> new NoSuchElementException("branch " + c.branchId()));
  }

  public Optional<Member> mentorOf(ProbationCase c) {
    return c.mentorMemberId() == null ? Optional.empty() : organizations.member(c.mentorMemberId());
  }

  /** The case as people read it: who, which branch, when admitted and when probation ends. */
  public String summary(ProbationCase c) {
    return ProbationTexts.summary(c, member(c), branchOf(c));
  }

  /**
   * Who works the case's steps, from the registry now: the member's current branch, its superior
   * committee and the standing committee of the competent committee.
   */
  public CaseRouting routing(String caseId) {
    return routing(probationCase(caseId));
  }

  CaseRouting routing(ProbationCase c) {
    Organization branch = branchOf(c);
    Organization superior =
        branch.parentId() == null
            ? branch
            : organizations.organization(branch.parentId()).orElseThrow();
    Organization competent =
        organizations
            .competentCommittee(branch.id())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Chưa xác định được cấp ủy có thẩm quyền của " + branch.name()));
    return new CaseRouting(
        login(member(c)),
        mentorOf(c).map(ProbationService::login).orElse(null),
        GroupIds.secretaries(branch.code()),
        GroupIds.committee(superior.code()),
        GroupIds.standing(competent.code()));
  }

  private static String login(Member m) {
    return m.username() == null || m.username().isBlank() ? null : m.username();
  }

  // ------------------------------------------------------------------ opening

  /**
   * Opens the probation case of a member just admitted; idempotent per member. Called at the end of
   * the admission ceremony, after {@link OrganizationService#admit} made the member probationary.
   *
   * @param mentorMemberId the mentor; null takes the mentor the registry names for the member (role
   *     {@code MENTOR}), if any
   * @return the case id (business key)
   * @throws InvalidInputException when the member is not probationary, the ceremony date is missing
   *     or in the future, or the mentor is not an official member
   */
  @Transactional
  public String open(long memberId, LocalDate ceremonyDate, Long mentorMemberId, String by) {
    Optional<ProbationCase> existing = repository.openCaseOf(memberId);
    if (existing.isEmpty() && ceremonyDate != null) {
      // Called again after the case ended (say a retried step): the same case, not a new one.
      existing = repository.caseOf(memberId, ceremonyDate);
    }
    if (existing.isPresent()) {
      return existing.get().id();
    }
    Member member =
        organizations
            .member(memberId)
            .orElseThrow(
                () -> new InvalidInputException("memberId", "không có đảng viên mã " + memberId));
    Errors errors = new Errors();
    if (member.status() != MemberStatus.PROBATIONARY) {
      errors.reject(
          "memberId",
          "đồng chí "
              + member.fullName()
              + " không phải đảng viên dự bị (hiện là "
              + member.status().label().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
    if (ceremonyDate == null) {
      errors.reject("ceremonyDate", "chưa có ngày kết nạp");
    } else if (ceremonyDate.isAfter(today())) {
      errors.reject("ceremonyDate", "ngày kết nạp không được ở tương lai");
    }
    Long mentorId = mentorMemberId == null ? registryMentor(member) : mentorMemberId;
    if (mentorMemberId != null) {
      Optional<Member> mentor = organizations.member(mentorMemberId);
      if (mentor.isEmpty()
          || mentorMemberId == memberId
          || mentor.get().status() != MemberStatus.OFFICIAL) {
        errors.reject("mentorMemberId", "đảng viên giúp đỡ phải là một đảng viên chính thức khác");
      }
    }
    errors.throwIfAny();

    Organization branch =
        organizations
            .organization(member.branchId())
            .orElseThrow(() -> new NoSuchElementException("branch " + member.branchId()));
    LocalDate end = ceremonyDate.plusMonths(properties.months());
    LocalDate voteDue = calendar.addWorkingDays(end, properties.voteWorkingDays());
    for (int attempt = 1; ; attempt++) {
      int number = repository.nextNumber(branch.code());
      String id = ProbationCase.key(branch.code(), number);
      try {
        savepoint.executeWithoutResult(
            s ->
                repository.insert(
                    id,
                    branch.code(),
                    number,
                    member,
                    mentorId,
                    ceremonyDate,
                    end,
                    voteDue,
                    by,
                    now()));
      } catch (DuplicateKeyException e) {
        Optional<ProbationCase> raced = repository.openCaseOf(memberId);
        if (raced.isPresent()) {
          return raced.get().id();
        }
        if (attempt >= 5) {
          throw e;
        }
        continue; // another member of the branch took the number
      }
      ProbationCase c = probationCase(id);
      process.start(c, routing(c));
      log.info("Opened probation case {} (probation ends {})", id, end);
      return id;
    }
  }

  /**
   * For members already probationary before the application ran (the demo data, an import): the
   * branch's secretary or deputy opens the case from the registry's ceremony date and mentor.
   *
   * @throws AccessDeniedException when {@code by} is not the secretary or deputy of the member's
   *     branch
   */
  @Transactional
  public String openFromRegistry(long memberId, String by) {
    Member member =
        organizations
            .member(memberId)
            .orElseThrow(
                () -> new InvalidInputException("memberId", "không có đảng viên mã " + memberId));
    boolean secretary =
        organizations
            .memberByUsername(by == null ? "" : by)
            .map(
                s ->
                    organizations.activeRolesOf(s.id()).stream()
                        .anyMatch(
                            r ->
                                r.organizationId() == member.branchId()
                                    && (r.role() == RoleType.SECRETARY
                                        || r.role() == RoleType.DEPUTY_SECRETARY)))
            .orElse(false);
    if (!secretary) {
      throw new AccessDeniedException(
          "Chỉ bí thư, phó bí thư chi bộ của đảng viên mới mở được hồ sơ dự bị");
    }
    return open(memberId, member.ceremonyDate(), null, by);
  }

  /** The official member the registry names as this member's mentor, if any. */
  private Long registryMentor(Member member) {
    return organizations.activeRolesIn(member.branchId()).stream()
        .filter(r -> r.role() == RoleType.MENTOR)
        .filter(r -> r.subjectMemberId() != null && r.subjectMemberId() == member.id())
        .map(r -> r.memberId())
        .findFirst()
        .orElse(null);
  }

  // ------------------------------------------------------------------ the review

  /** The probation months are over: the case moves to the self-review and people are told. */
  @Transactional
  public void probationEnded(String caseId) {
    ProbationCase c = probationCase(caseId);
    if (c.status() == ProbationStatus.IN_PROBATION) {
      expectTransition(caseId, ProbationStatus.IN_PROBATION, ProbationStatus.SELF_REVIEW);
    }
    notices.probationEnded(c, member(c), branchOf(c), mentorOf(c).orElse(null));
    log.info("Probation of case {} ended on {}", caseId, c.probationEnd());
  }

  /** The member's self-review (mẫu 10-KNĐ): strengths and shortcomings. */
  @Transactional
  public void submitSelfReview(String caseId, String strengths, String shortcomings, String by) {
    Errors errors = new Errors();
    String s = Inputs.text(strengths, "selfReviewStrengths", "ưu điểm", MAX_TEXT, true, errors);
    String w =
        Inputs.text(
            shortcomings, "selfReviewShortcomings", "khuyết điểm, hạn chế", MAX_TEXT, true, errors);
    errors.throwIfAny();
    if (repository.saveSelfReview(caseId, s, w, by, now()) != 1) {
      throw conflict(caseId, ProbationStatus.SELF_REVIEW);
    }
  }

  /** The mentor's report (mẫu 11-KNĐ): the assessment and what they recommend. */
  @Transactional
  public void submitMentorReport(
      String caseId, String assessment, ProbationOutcome recommendation, String by) {
    Errors errors = new Errors();
    String a =
        Inputs.text(
            assessment,
            "mentorAssessment",
            "nhận xét của đảng viên giúp đỡ",
            MAX_TEXT,
            true,
            errors);
    if (recommendation == null) {
      errors.reject(
          "mentorRecommendation", "chưa chọn đề nghị công nhận chính thức hay không công nhận");
    }
    errors.throwIfAny();
    if (repository.saveMentorReport(caseId, a, recommendation, by, now()) != 1) {
      throw conflict(caseId, ProbationStatus.MENTOR_REPORT);
    }
  }

  /**
   * The opinions collected (mẫu 12-KNĐ): of the mass organisations where the member works and of
   * the party cell or committee where they live.
   */
  @Transactional
  public void submitOpinions(String caseId, String workplace, String residence, String by) {
    Errors errors = new Errors();
    String w =
        Inputs.text(
            workplace,
            "workplaceOpinion",
            "ý kiến của đoàn thể chính trị – xã hội nơi công tác",
            MAX_TEXT,
            true,
            errors);
    String r =
        Inputs.text(
            residence,
            "residenceOpinion",
            "ý kiến của chi ủy, chi bộ nơi cư trú",
            MAX_TEXT,
            true,
            errors);
    errors.throwIfAny();
    if (repository.saveOpinions(caseId, w, r, by, now()) != 1) {
      throw conflict(caseId, ProbationStatus.OPINIONS);
    }
  }

  // ------------------------------------------------------------------ the vote

  /**
   * The base of a vote on this case on {@code voteDate}: the official members of the member's
   * branch on that day by the registry's status history; exempted members are counted apart and not
   * in the base.
   */
  public VoteBase voteBase(String caseId, LocalDate voteDate) {
    ProbationCase c = probationCase(caseId);
    int official = 0;
    int exempted = 0;
    for (Member m : organizations.membersOf(c.branchId())) {
      MemberStatus status = statusOn(m, voteDate);
      if (status == MemberStatus.OFFICIAL) {
        official++;
      } else if (status == MemberStatus.EXEMPTED) {
        exempted++;
      }
    }
    VoteOutcome preview =
        voteDecision.evaluate(
            VoteKind.RECOGNITION,
            voteDate,
            new VoteCount(official + exempted, 0, exempted, 0, 0, 0));
    return new VoteBase(official, exempted, preview.base(), preview.required());
  }

  private MemberStatus statusOn(Member m, LocalDate day) {
    MemberStatus status = null;
    List<StatusChange> history = organizations.statusHistory(m.id());
    for (StatusChange change : history) {
      if (!change.validFrom().isAfter(day)) {
        status = change.status();
      }
    }
    if (history.isEmpty() && !m.statusSince().isAfter(day)) {
      status = m.status();
    }
    return status;
  }

  /**
   * One branch vote: votes for recognition and for removal, each judged by the {@code VoteOutcome}
   * decision (kind {@code RECOGNITION}) on the base of the vote date. A proposal that reaches the
   * threshold goes to the committee; after the configured number of votes that reach it neither
   * way, the case goes to the superior committee; otherwise the branch votes again.
   */
  @Transactional
  public VoteStep recordVote(
      String caseId,
      String voteDateText,
      Integer votesForRecognition,
      Integer votesForRemoval,
      String by) {
    ProbationCase c = probationCase(caseId);
    Errors errors = new Errors();
    LocalDate date = Inputs.date(voteDateText, "voteDate", "ngày biểu quyết", errors);
    if (date != null && date.isBefore(c.probationEnd())) {
      errors.reject(
          "voteDate",
          "ngày biểu quyết phải từ ngày hết thời gian dự bị ("
              + ProbationTexts.date(c.probationEnd())
              + ") trở đi");
    } else if (date != null && date.isAfter(today())) {
      errors.reject("voteDate", "ngày biểu quyết không được ở tương lai");
    }
    Inputs.count(votesForRecognition, "votesForRecognition", "số phiếu đề nghị công nhận", errors);
    Inputs.count(votesForRemoval, "votesForRemoval", "số phiếu đề nghị xóa tên", errors);
    errors.throwIfAny();
    if (c.status() != ProbationStatus.BRANCH_VOTE) {
      throw conflict(caseId, ProbationStatus.BRANCH_VOTE);
    }
    VoteBase base = voteBase(caseId, date);
    if (votesForRecognition + votesForRemoval > base.base()) {
      throw new InvalidInputException(
          "votesForRecognition",
          "tổng số phiếu đề nghị công nhận và đề nghị xóa tên ("
              + (votesForRecognition + votesForRemoval)
              + ") vượt quá số đảng viên chính thức tính biểu quyết ("
              + base.base()
              + ")");
    }
    int convened = base.officialMembers() + base.exemptedMembers();
    boolean recognition =
        voteDecision
            .evaluate(
                VoteKind.RECOGNITION,
                date,
                new VoteCount(
                    convened, 0, base.exemptedMembers(), votesForRecognition, votesForRemoval, 0))
            .passed();
    boolean removal =
        voteDecision
            .evaluate(
                VoteKind.RECOGNITION,
                date,
                new VoteCount(
                    convened, 0, base.exemptedMembers(), votesForRemoval, votesForRecognition, 0))
            .passed();
    ProbationVote.Result result =
        recognition
            ? ProbationVote.Result.RECOGNITION
            : removal ? ProbationVote.Result.REMOVAL : ProbationVote.Result.INCONCLUSIVE;
    int round = repository.votes(caseId).size() + 1;
    ProbationVote vote =
        new ProbationVote(
            caseId,
            round,
            date,
            base.officialMembers(),
            base.exemptedMembers(),
            base.base(),
            base.required(),
            votesForRecognition,
            votesForRemoval,
            result);
    try {
      savepoint.executeWithoutResult(s -> repository.insertVote(vote, by, now()));
    } catch (DuplicateKeyException e) {
      throw new StepConflictException(
          "Lần biểu quyết thứ " + round + " của " + caseId + " đã được ghi");
    }
    log.info(
        "Vote {} on case {}: base {}, required {}, {}",
        round,
        caseId,
        base.base(),
        base.required(),
        result);
    if (result != ProbationVote.Result.INCONCLUSIVE) {
      LocalDate due = calendar.addWorkingDays(date, properties.decisionWorkingDays());
      if (repository.propose(
              caseId,
              ProbationStatus.BRANCH_VOTE,
              result.proposal(),
              ProbationCase.FROM_BRANCH,
              date,
              due)
          != 1) {
        throw conflict(caseId, ProbationStatus.BRANCH_VOTE);
      }
      return new VoteStep(vote, false, due);
    }
    if (round >= properties.votes()) {
      LocalDate due = calendar.addWorkingDays(date, properties.superiorReviewWorkingDays());
      if (repository.toSuperior(caseId, due) != 1) {
        throw conflict(caseId, ProbationStatus.BRANCH_VOTE);
      }
      return new VoteStep(vote, true, due);
    }
    return new VoteStep(vote, false, null);
  }

  /**
   * The superior committee's conclusion after the branch could not reach the threshold: what goes
   * to the competent committee, due the configured working days after the conclusion.
   *
   * @return the day the committee's decision is due
   */
  @Transactional
  public LocalDate concludeAtSuperior(
      String caseId, ProbationOutcome conclusion, String note, String by) {
    Errors errors = new Errors();
    if (conclusion == null) {
      errors.reject("superiorConclusion", "chưa chọn đề nghị công nhận chính thức hay xóa tên");
    }
    String clean =
        Inputs.text(note, "superiorNote", "ý kiến của cấp ủy cấp trên", MAX_NOTE, true, errors);
    errors.throwIfAny();
    if (repository.saveSuperiorNote(caseId, clean, by, now()) != 1) {
      throw conflict(caseId, ProbationStatus.SUPERIOR_REVIEW);
    }
    LocalDate due = calendar.addWorkingDays(today(), properties.decisionWorkingDays());
    if (repository.propose(
            caseId,
            ProbationStatus.SUPERIOR_REVIEW,
            conclusion,
            ProbationCase.FROM_SUPERIOR,
            today(),
            due)
        != 1) {
      throw conflict(caseId, ProbationStatus.SUPERIOR_REVIEW);
    }
    return due;
  }

  // ------------------------------------------------------------------ the decision

  /**
   * The competent committee's step: recognise, remove, or extend the time to decide once by up to
   * the configured working days with a reason. A decision is only recorded here; {@link
   * #recogniseMember} and {@link #removeMember} apply it.
   *
   * @param choice {@code RECOGNITION}, {@code REMOVAL} or {@link #EXTENSION}; null when nothing was
   *     chosen
   */
  @Transactional
  public DecisionStep decide(
      String caseId,
      String choice,
      String decisionNumber,
      String decisionDateText,
      Integer extensionWorkingDays,
      String extensionReason,
      String by) {
    ProbationCase c = probationCase(caseId);
    Errors errors = new Errors();
    if (choice == null) {
      errors.reject("committeeDecision", "chưa chọn công nhận, xóa tên hay gia hạn");
      errors.throwIfAny();
    }
    if (EXTENSION.equals(choice)) {
      if (c.extensions() >= properties.extensions()) {
        errors.reject(
            "committeeDecision",
            "thời gian xem xét đã được gia hạn "
                + c.extensions()
                + " lần; không được gia hạn thêm, hãy quyết định công nhận hoặc xóa tên");
      }
      if (extensionWorkingDays == null) {
        errors.reject("extensionWorkingDays", "chưa nhập số ngày làm việc gia hạn");
      } else if (extensionWorkingDays < 1
          || extensionWorkingDays > properties.extensionWorkingDays()) {
        errors.reject(
            "extensionWorkingDays",
            "số ngày gia hạn phải từ 1 đến "
                + properties.extensionWorkingDays()
                + " ngày làm việc");
      }
      String reason =
          Inputs.text(extensionReason, "extensionReason", "lý do gia hạn", MAX_NOTE, true, errors);
      errors.throwIfAny();
      if (c.status() != ProbationStatus.COMMITTEE_DECISION) {
        throw conflict(caseId, ProbationStatus.COMMITTEE_DECISION);
      }
      LocalDate due = calendar.addWorkingDays(c.decisionDue(), extensionWorkingDays);
      if (repository.extend(caseId, c.extensions(), due, reason) != 1) {
        throw conflict(caseId, ProbationStatus.COMMITTEE_DECISION);
      }
      log.info("Decision on case {} extended to {}", caseId, due);
      return new DecisionStep(true, false, due);
    }
    ProbationOutcome decision = ProbationOutcome.valueOf(choice);
    String number =
        Inputs.text(decisionNumber, "decisionNumber", "số quyết định", MAX_NUMBER, true, errors);
    LocalDate date = Inputs.date(decisionDateText, "decisionDate", "ngày quyết định", errors);
    if (date != null && c.proposalDate() != null && date.isBefore(c.proposalDate())) {
      errors.reject(
          "decisionDate",
          "ngày quyết định không được trước ngày đề nghị ("
              + ProbationTexts.date(c.proposalDate())
              + ")");
    } else if (date != null && date.isAfter(today())) {
      errors.reject("decisionDate", "ngày quyết định không được ở tương lai");
    }
    errors.throwIfAny();
    Member member = member(c);
    if (member.status() != MemberStatus.PROBATIONARY) {
      throw new StepConflictException(
          "Đồng chí " + member.fullName() + " không còn là đảng viên dự bị");
    }
    if (repository.decide(caseId, decision, number, date, by, now()) != 1) {
      throw conflict(caseId, ProbationStatus.COMMITTEE_DECISION);
    }
    return new DecisionStep(false, decision == ProbationOutcome.RECOGNITION, c.decisionDue());
  }

  /**
   * Applies a recognition: official member with effect from the day probation ended, however late
   * the vote or the decision came (DOMAIN.md §5). The branch is told.
   */
  @Transactional
  public void recogniseMember(String caseId) {
    ProbationCase c = probationCase(caseId);
    // The case closes before the registry changes, so the registry's change event finds it
    // closed and does not end it a second time.
    closeWith(c, ProbationOutcome.RECOGNITION, ProbationStatus.RECOGNISED);
    organizations.recognise(
        c.memberId(),
        c.probationEnd(),
        "Công nhận đảng viên chính thức, Quyết định số "
            + c.decisionNumber()
            + " ngày "
            + ProbationTexts.date(c.decisionDate())
            + " (hồ sơ "
            + caseId
            + ")");
  }

  /** Applies a removal: the member is removed from the day of the decision. The branch is told. */
  @Transactional
  public void removeMember(String caseId) {
    ProbationCase c = probationCase(caseId);
    closeWith(c, ProbationOutcome.REMOVAL, ProbationStatus.REMOVED);
    organizations.changeStatus(
        c.memberId(),
        MemberStatus.REMOVED,
        c.decisionDate(),
        "Xóa tên đảng viên dự bị, Quyết định số "
            + c.decisionNumber()
            + " ngày "
            + ProbationTexts.date(c.decisionDate())
            + " (hồ sơ "
            + caseId
            + ")");
  }

  private void closeWith(ProbationCase c, ProbationOutcome decision, ProbationStatus status) {
    if (repository.close(c.id(), decision, status) != 1) {
      throw new IllegalStateException(
          "Case " + c.id() + " has no recorded decision " + decision + " to apply");
    }
    ProbationCase closed = probationCase(c.id());
    notices.decided(closed, member(closed), branchOf(closed), mentorOf(closed).orElse(null));
    log.info("Case {} closed: {}", c.id(), status);
  }

  // ------------------------------------------------------------------ transfer and departure

  /**
   * The member now belongs to another branch in the registry: the open case follows them, and its
   * next tasks (and the ones still open) go to the new branch and its committees.
   *
   * @return false when the member has no open case or it is already with that branch
   */
  @Transactional
  public boolean memberTransferred(long memberId, String by) {
    Optional<ProbationCase> open = repository.openCaseOf(memberId);
    if (open.isEmpty()) {
      return false;
    }
    ProbationCase c = open.get();
    Member member = member(c);
    if (member.branchId() == c.branchId()) {
      return false;
    }
    repository.moveTo(c.id(), member.branchId());
    process.memberTransferred(c.id());
    log.info("Case {} follows its member to branch {} ({})", c.id(), member.branchId(), by);
    return true;
  }

  /**
   * The member was removed, expelled or otherwise left the Party outside this case: the case ends
   * and its process stops. The registry change itself is the caller's.
   *
   * @return false when the member has no open case
   */
  @Transactional
  public boolean memberLeft(long memberId, String reason, String by) {
    Errors errors = new Errors();
    String clean = Inputs.text(reason, "endReason", "lý do kết thúc hồ sơ", 500, true, errors);
    errors.throwIfAny();
    Optional<ProbationCase> open = repository.openCaseOf(memberId);
    if (open.isEmpty()) {
      return false;
    }
    String caseId = open.get().id();
    if (repository.end(caseId, clean, by, now()) != 1) {
      return false;
    }
    process.memberRemoved(caseId);
    log.info("Case {} ended without a decision ({})", caseId, by);
    return true;
  }

  // ------------------------------------------------------------------ helpers

  private void expectTransition(String caseId, ProbationStatus from, ProbationStatus to) {
    if (repository.transition(caseId, from, to) != 1) {
      throw conflict(caseId, from);
    }
  }

  private StepConflictException conflict(String caseId, ProbationStatus expected) {
    ProbationStatus actual = repository.find(caseId).map(ProbationCase::status).orElse(null);
    return new StepConflictException(
        "Hồ sơ "
            + caseId
            + " không còn ở bước \""
            + expected.label()
            + "\""
            + (actual == null ? "" : " (hiện tại: " + actual.label() + ")"));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Who opened a case and when.
   *
   * @param by the login of the secretary, or what the admission process passed on
   */
  public record Opening(String by, LocalDateTime at) {}

  /**
   * The base of a vote: the branch's official members on the vote date, exempted members apart.
   *
   * @param base the official members the threshold is counted on
   * @param required votes one proposal needs
   */
  public record VoteBase(int officialMembers, int exemptedMembers, int base, int required) {}

  /**
   * What one vote leads to.
   *
   * @param superiorReviewNeeded the vote was inconclusive and the last one the branch may take
   * @param nextDue when the next step is due: the committee's decision after a conclusive vote, the
   *     superior's conclusion after the last inconclusive one; null when the branch votes again
   */
  public record VoteStep(ProbationVote vote, boolean superiorReviewNeeded, LocalDate nextDue) {

    /** The vote reached the threshold for one proposal. */
    public boolean conclusive() {
      return vote.result() != ProbationVote.Result.INCONCLUSIVE;
    }
  }

  /**
   * What the committee's step did.
   *
   * @param extended the time to decide was extended; no decision yet
   * @param recognised the committee recognised the member (false: removal, or extended)
   * @param decisionDue the day the decision is due (after an extension, the new one)
   */
  public record DecisionStep(boolean extended, boolean recognised, LocalDate decisionDue) {}
}
