package vn.chibo.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.meeting.grade.MeetingGradeDecision;
import vn.chibo.meeting.grade.MeetingGradeResult;
import vn.chibo.meeting.grade.RubricScores;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.NewActionItem;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.vote.VoteCount;
import vn.chibo.resolution.vote.VoteKind;
import vn.chibo.resolution.vote.VoteOutcome;
import vn.chibo.resolution.vote.VoteOutcomeDecision;
import vn.chibo.workflow.Errors;
import vn.chibo.workflow.Inputs;
import vn.chibo.workflow.StepConflictException;

/**
 * The meeting module's public API: opening meetings, their content, roll call, minutes, vote and
 * grade. It knows nothing of the engine; the {@code process} package calls it from the BPMN steps
 * and moves the process on.
 *
 * <p>Every step checks that the meeting is at the status the step expects (a conditional update),
 * so a second person acting on the same step gets a conflict, not a second write.
 */
@Service
public class MeetingService {

  private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

  static final int MAX_PLACE = 255;
  static final int MAX_TEXT = 8000;
  static final int MAX_LINE = 1000;
  static final int MAX_SHORT = 500;

  private final MeetingRepository repository;
  private final OrganizationService organizations;
  private final ResolutionService resolutions;
  private final WorkingDayCalendar calendar;
  private final MeetingGradeDecision gradeDecision;
  private final VoteOutcomeDecision voteDecision;
  private final MeetingProperties properties;
  private final MeetingNotices notices;
  private final Clock clock;

  MeetingService(
      MeetingRepository repository,
      OrganizationService organizations,
      ResolutionService resolutions,
      WorkingDayCalendar calendar,
      MeetingGradeDecision gradeDecision,
      VoteOutcomeDecision voteDecision,
      MeetingProperties properties,
      MeetingNotices notices,
      Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.resolutions = resolutions;
    this.calendar = calendar;
    this.gradeDecision = gradeDecision;
    this.voteDecision = voteDecision;
    this.properties = properties;
    this.notices = notices;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ reading

  public Meeting meeting(String id) {
    return repository.find(id).orElseThrow(() -> new NoSuchElementException("meeting " + id));
  }

  public Optional<Meeting> findMeeting(String id) {
    return repository.find(id);
  }

  public List<Meeting> meetingsOf(long branchId) {
    return repository.ofBranch(branchId);
  }

  public List<Meeting> meetingsOf(Set<Long> branchIds, YearMonth month) {
    return repository.ofBranches(branchIds, month);
  }

  /**
   * The agenda in its three parts, in order: an item carried over from an earlier month joins its
   * part rather than coming after all of them.
   */
  public List<AgendaItem> agenda(String meetingId) {
    return repository.agenda(meetingId).stream()
        .sorted(
            java.util.Comparator.comparing(AgendaItem::section)
                .thenComparingInt(AgendaItem::sortOrder))
        .toList();
  }

  public List<Attendance> attendance(String meetingId) {
    return repository.attendance(meetingId);
  }

  /**
   * Unexcused absences per member over the branch's meetings held in [from, to], in one query: what
   * the branch committee watches against {@code chibo.meeting.absence-threshold}.
   */
  public Map<Long, Integer> unexcusedAbsencesInBranch(long branchId, LocalDate from, LocalDate to) {
    return repository.unexcusedAbsencesInBranch(branchId, from, to);
  }

  public Organization branchOf(Meeting meeting) {
    return organizations
        .organization(meeting.branchId())
        .orElseThrow(() -> new NoSuchElementException("branch " + meeting.branchId()));
  }

  public MeetingProperties properties() {
    return properties;
  }

  /** Party members on the branch's roll on the meeting day: the people of the roll call. */
  public List<Member> rollOf(Meeting meeting) {
    return organizations.membersOf(meeting.branchId()).stream()
        .filter(m -> m.status().isPartyMember())
        .toList();
  }

  // ------------------------------------------------------------------ opening

  /**
   * The day a regular meeting of {@code month} is held: the configured day, moved by the holiday
   * rule when it is a public holiday in the working-day calendar.
   */
  public LocalDate meetingDay(YearMonth month) {
    LocalDate day = month.atDay(properties.meetingDay());
    return switch (properties.holidayShift()) {
      case NONE -> day;
      case NEXT_WORKING_DAY -> calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
      case NEXT_DAY -> {
        LocalDate d = day;
        while (calendar.isHoliday(d)) {
          d = d.plusDays(1);
        }
        yield d;
      }
      case PREVIOUS_DAY -> {
        LocalDate d = day;
        while (calendar.isHoliday(d)) {
          d = d.minusDays(1);
        }
        yield d;
      }
    };
  }

  /** Active branches: every one of them meets every month. */
  public List<Organization> activeBranches() {
    return organizations.allOrganizations().stream()
        .filter(o -> o.isBranch() && o.active())
        .toList();
  }

  /**
   * Opens the regular meeting of {@code month} for a branch unless it exists. Two callers racing on
   * the same branch and month: the primary key lets one insert and fails the other's transaction,
   * which is then retried and finds the meeting.
   *
   * @return the new meeting, or empty when it was already open
   */
  @Transactional
  public Optional<Meeting> openRegular(Organization branch, YearMonth month) {
    String id = Meeting.key(branch.code(), month, MeetingKind.REGULAR, 0);
    if (repository.exists(id)) {
      return Optional.empty();
    }
    Meeting meeting =
        newMeeting(
            id,
            branch.id(),
            MeetingKind.REGULAR,
            month,
            meetingDay(month),
            properties.defaultStartTime(),
            properties.defaultPlace(),
            null);
    repository.insert(meeting, null, now());
    carryOverActionItems(meeting);
    log.info("Opened meeting {}", id);
    return Optional.of(meeting);
  }

  /**
   * Opens an extraordinary or thematic meeting by hand. Bad input is refused field by field.
   *
   * @param dateText {@code yyyy-MM-dd}, as a date input sends it
   * @param timeText {@code HH:mm}
   */
  @Transactional
  public Meeting openExtra(
      Organization branch,
      MeetingKind kind,
      String dateText,
      String timeText,
      String place,
      String topic,
      String openedBy) {
    Errors errors = new Errors();
    if (kind == null || kind == MeetingKind.REGULAR) {
      errors.reject("kind", "chọn loại buổi họp: chuyên đề hoặc bất thường");
    }
    LocalDate date = Inputs.date(dateText, "meetingDate", "ngày họp", errors);
    if (date != null && date.isBefore(today())) {
      errors.reject("meetingDate", "ngày họp không được ở quá khứ");
    }
    LocalTime time = Inputs.time(timeText, "meetingTime", "giờ họp", errors);
    String cleanPlace = Inputs.text(place, "meetingPlace", "địa điểm", MAX_PLACE, true, errors);
    String cleanTopic =
        Inputs.text(
            topic, "thematicTopic", "chủ đề", MAX_SHORT, kind == MeetingKind.THEMATIC, errors);
    errors.throwIfAny();
    YearMonth month = YearMonth.from(date);
    int sequence = repository.countOfMonth(branch.id(), month, kind) + 1;
    String id = Meeting.key(branch.code(), month, kind, sequence);
    Meeting meeting = newMeeting(id, branch.id(), kind, month, date, time, cleanPlace, cleanTopic);
    repository.insert(meeting, openedBy, now());
    carryOverActionItems(meeting);
    log.info("Opened meeting {} by hand", id);
    return meeting;
  }

  private Meeting newMeeting(
      String id,
      long branchId,
      MeetingKind kind,
      YearMonth month,
      LocalDate date,
      LocalTime time,
      String place,
      String topic) {
    return new Meeting(
        id,
        branchId,
        kind,
        month,
        date,
        time,
        place,
        topic,
        MeetingStatus.PREPARING,
        null,
        false,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Puts every unfinished task of the branch's earlier resolutions on this meeting's agenda, once.
   * Runs when the meeting opens and again when its content is prepared, so a task reported "not
   * done" in between is not forgotten.
   */
  @Transactional
  public int carryOverActionItems(Meeting meeting) {
    Map<Long, Member> members = membersById(meeting.branchId());
    int order = 1000;
    int added = 0;
    for (ActionItem item : resolutions.unfinishedOf(meeting.branchId())) {
      if (item.meetingId().equals(meeting.id())
          || repository.hasCarriedItem(meeting.id(), item.id())) {
        continue;
      }
      Member assignee = members.get(item.assigneeMemberId());
      String title =
          "Việc chưa hoàn thành: "
              + item.title()
              + " ("
              + (assignee == null ? "?" : assignee.fullName())
              + ", hạn "
              + MeetingTexts.date(item.dueDate())
              + ")";
      repository.insertAgenda(
          meeting.id(),
          AgendaSection.TASKS,
          order + added,
          Inputs.truncate(title, MAX_LINE),
          item.id());
      added++;
    }
    return added;
  }

  /**
   * In the last month of a quarter, a regular meeting whose branch has held or planned no thematic
   * meeting in that quarter (DOMAIN.md §3).
   */
  public boolean thematicMissing(String meetingId) {
    Meeting m = meeting(meetingId);
    if (m.kind() != MeetingKind.REGULAR || m.month().getMonthValue() % 3 != 0) {
      return false;
    }
    LocalDate quarterStart = m.month().minusMonths(2).atDay(1);
    LocalDate quarterEnd = m.month().atEndOfMonth();
    return repository.countThematic(m.branchId(), quarterStart, quarterEnd) == 0;
  }

  // ------------------------------------------------------------------ timing

  /** When the notice must be out: the meeting's start minus the configured lead time. */
  public LocalDateTime noticeDueAt(Meeting m) {
    return m.scheduledStart().minus(properties.noticeLead());
  }

  /** After this, a meeting without a record counts as missed. */
  public LocalDateTime missedAt(Meeting m) {
    return m.scheduledDate().plusDays(1).atStartOfDay().plus(properties.missedGrace());
  }

  /** Final documents and the self-assessment are due this many working days after the meeting. */
  public LocalDate assessmentDue(Meeting m) {
    LocalDate held = m.heldStart() == null ? m.scheduledDate() : m.heldStart().toLocalDate();
    return calendar.addWorkingDays(held, properties.assessmentWorkingDays());
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  // ------------------------------------------------------------------ preparation

  /** What the preparation form shows: the typed agenda per section, the draft, time and place. */
  public Map<String, Object> preparationValues(String meetingId) {
    Meeting m = meeting(meetingId);
    List<AgendaItem> agenda = agenda(meetingId);
    Map<String, Object> values = new LinkedHashMap<>();
    for (AgendaSection section :
        List.of(AgendaSection.POLITICAL, AgendaSection.TASKS, AgendaSection.PARTY_BUILDING)) {
      values.put(
          section.formField(),
          agenda.stream()
              .filter(a -> a.section() == section && !a.isCarriedOver())
              .map(AgendaItem::title)
              .collect(Collectors.joining("\n")));
    }
    values.put(
        "carriedOverItems",
        agenda.stream()
            .filter(AgendaItem::isCarriedOver)
            .map(AgendaItem::title)
            .collect(Collectors.joining("\n")));
    values.put("thematicTopic", m.thematicTopic() == null ? "" : m.thematicTopic());
    values.put("draftResolution", resolutions.resolution(meetingId).map(r -> r.draft()).orElse(""));
    values.put("meetingTime", MeetingTexts.time(m.startTime()));
    values.put("meetingPlace", m.place());
    values.put("meetingSummary", MeetingTexts.summary(m, branchOf(m)));
    values.put("agreementComment", m.agreementComment() == null ? "" : m.agreementComment());
    return values;
  }

  /**
   * Saves the prepared content and sends it to the committee. A regular meeting needs at least one
   * point in each of the three sections; a thematic one its topic; every meeting a draft
   * resolution.
   */
  @Transactional
  public void submitPreparation(String meetingId, Preparation p, String by) {
    Meeting m = meeting(meetingId);
    Errors errors = new Errors();
    Map<AgendaSection, List<String>> lines = new LinkedHashMap<>();
    lines.put(AgendaSection.POLITICAL, Inputs.lines(p.political()));
    lines.put(AgendaSection.TASKS, Inputs.lines(p.tasks()));
    lines.put(AgendaSection.PARTY_BUILDING, Inputs.lines(p.partyBuilding()));
    if (m.kind() == MeetingKind.REGULAR) {
      for (var e : lines.entrySet()) {
        if (e.getValue().isEmpty()) {
          errors.reject(
              e.getKey().formField(),
              "cần ít nhất một nội dung cho phần \"" + e.getKey().label() + "\"");
        }
      }
    } else if (m.kind() == MeetingKind.EXTRAORDINARY
        && lines.values().stream().allMatch(List::isEmpty)) {
      errors.reject(
          AgendaSection.POLITICAL.formField(), "chương trình buổi họp chưa có nội dung nào");
    }
    for (var e : lines.entrySet()) {
      if (e.getValue().stream().anyMatch(l -> l.length() > MAX_LINE)) {
        errors.reject(e.getKey().formField(), "mỗi dòng dài tối đa " + MAX_LINE + " ký tự");
      }
    }
    String topic =
        Inputs.text(
            p.thematicTopic(),
            "thematicTopic",
            "chủ đề sinh hoạt chuyên đề",
            MAX_SHORT,
            m.kind() == MeetingKind.THEMATIC,
            errors);
    String draft =
        Inputs.text(
            p.draftResolution(), "draftResolution", "dự thảo nghị quyết", MAX_TEXT, true, errors);
    LocalTime time = Inputs.time(p.meetingTime(), "meetingTime", "giờ họp", errors);
    String place =
        Inputs.text(p.meetingPlace(), "meetingPlace", "địa điểm", MAX_PLACE, true, errors);
    errors.throwIfAny();
    expectTransition(meetingId, MeetingStatus.PREPARING, MeetingStatus.AGREEMENT);
    repository.updateContent(meetingId, time, place, topic);
    repository.deleteTypedAgenda(meetingId);
    int order = 0;
    for (var e : lines.entrySet()) {
      for (String line : e.getValue()) {
        repository.insertAgenda(meetingId, e.getKey(), order++, line, null);
      }
    }
    if (topic != null) {
      repository.insertAgenda(meetingId, AgendaSection.THEMATIC, order, topic, null);
    }
    carryOverActionItems(meeting(meetingId));
    resolutions.saveDraft(meetingId, draft);
    log.info("Content of meeting {} prepared", meetingId);
  }

  /** The committee's answer: approve, or send back with comments (required then). */
  @Transactional
  public void decideAgreement(String meetingId, Boolean approved, String comment, String by) {
    Errors errors = new Errors();
    if (approved == null) {
      errors.reject("contentApproved", "hãy chọn nhất trí hoặc trả lại để chỉnh sửa");
    }
    String cleanComment =
        Inputs.text(
            comment,
            "agreementComment",
            "ý kiến của chi ủy",
            2000,
            Boolean.FALSE.equals(approved),
            errors);
    errors.throwIfAny();
    if (approved) {
      expectStatus(meetingId, MeetingStatus.AGREEMENT);
    } else {
      expectTransition(meetingId, MeetingStatus.AGREEMENT, MeetingStatus.PREPARING);
    }
    repository.updateAgreement(meetingId, cleanComment, by, now());
  }

  /**
   * Writes the notice to every party member of the branch and its supervising upper-level members
   * into the outbox (mail with an .ics invitation, and an in-app notice), in the caller's
   * transaction. Sending happens in the next, asynchronous step.
   */
  @Transactional
  public int issueNotice(String meetingId) {
    Meeting m = meeting(meetingId);
    expectTransition(meetingId, MeetingStatus.AGREEMENT, MeetingStatus.NOTICED);
    repository.markNoticeSent(meetingId, now());
    int n = notices.meetingNotice(m, branchOf(m), agenda(meetingId), rollOf(m));
    log.info("Notice of meeting {} queued for {} recipients", meetingId, n);
    return n;
  }

  /**
   * The content was not agreed in time for the notice: the secretary and the superior are warned.
   */
  @Transactional
  public void warnLateAgreement(String meetingId) {
    Meeting m = meeting(meetingId);
    repository.markAgreementLate(meetingId);
    notices.lateAgreement(m, branchOf(m));
  }

  /** Nothing recorded by the end of the meeting day plus grace: missed, the superior is told. */
  @Transactional
  public void markMissed(String meetingId) {
    Meeting m = meeting(meetingId);
    repository.markMissed(meetingId, now());
    notices.missedMeeting(m, branchOf(m));
  }

  /** The last month of a quarter opened without a thematic meeting: the superior is warned. */
  @Transactional
  public void warnThematicMissing(String meetingId) {
    Meeting m = meeting(meetingId);
    notices.thematicMissing(m, branchOf(m));
  }

  // ------------------------------------------------------------------ the meeting itself

  /**
   * Records the meeting from its submitted form: member codes and presence names are checked and
   * turned into ids, then {@link #recordMeeting(String, MeetingRecord, String)} applies the rules.
   */
  @Transactional
  public List<Long> recordMeeting(String meetingId, RecordInput input, String by) {
    Meeting m = meeting(meetingId);
    Errors errors = new Errors();
    Map<String, Member> byCode =
        rollOf(m).stream().collect(Collectors.toMap(Member::code, Function.identity()));
    Map<Long, MeetingRecord.RollCallLine> roll = new LinkedHashMap<>();
    for (RecordInput.RollCall line : input.rollCall()) {
      Member member = line.member() == null ? null : byCode.get(line.member());
      if (member == null) {
        errors.reject("rollCall", "mã đảng viên \"" + line.member() + "\" không thuộc chi bộ");
        continue;
      }
      Presence presence = null;
      try {
        presence = line.presence() == null ? null : Presence.valueOf(line.presence());
      } catch (IllegalArgumentException e) {
        errors.reject(
            "rollCall[" + member.code() + "]",
            "tình trạng \"" + line.presence() + "\" không hợp lệ");
      }
      roll.put(member.id(), new MeetingRecord.RollCallLine(presence, line.reason()));
    }
    Map<Long, String> minutes = new HashMap<>();
    Map<Long, String> speakers = new HashMap<>();
    for (RecordInput.Minutes item : input.minutes()) {
      if (item.agendaItemId() != null) {
        minutes.put(item.agendaItemId(), item.notes());
        speakers.put(item.agendaItemId(), item.speakers());
      }
    }
    List<NewActionItem> tasks = new ArrayList<>();
    for (int i = 0; i < input.actionItems().size(); i++) {
      RecordInput.Task t = input.actionItems().get(i);
      Member assignee = t.assignee() == null ? null : byCode.get(t.assignee());
      LocalDate due = null;
      if (t.dueDate() != null && !t.dueDate().isBlank()) {
        due = Inputs.date(t.dueDate(), "actionItems[" + (i + 1) + "].dueDate", "thời hạn", errors);
      }
      tasks.add(new NewActionItem(t.title(), assignee == null ? null : assignee.id(), due));
    }
    errors.throwIfAny();
    return recordMeeting(
        meetingId,
        new MeetingRecord(
            input.start(),
            input.end(),
            input.chairedBy(),
            input.minutesBy(),
            input.guests(),
            roll,
            minutes,
            speakers,
            tasks),
        by);
  }

  /** Records the meeting: times, roll call of every member, minutes per item and the tasks. */
  @Transactional
  public List<Long> recordMeeting(String meetingId, MeetingRecord r, String by) {
    Meeting m = meeting(meetingId);
    if (m.status() != MeetingStatus.NOTICED && m.status() != MeetingStatus.MISSED) {
      throw new StepConflictException(
          "Buổi họp "
              + meetingId
              + " đang ở bước \""
              + m.status().label()
              + "\", không thể ghi biên bản");
    }
    Errors errors = new Errors();
    LocalDateTime start = Inputs.dateTime(r.start(), "heldStart", "thời gian bắt đầu", errors);
    LocalDateTime end = Inputs.dateTime(r.end(), "heldEnd", "thời gian kết thúc", errors);
    if (start != null && end != null && !end.isAfter(start)) {
      errors.reject("heldEnd", "thời gian kết thúc phải sau thời gian bắt đầu");
    }
    if (start != null && start.isAfter(now().plusMinutes(5))) {
      errors.reject("heldStart", "không thể ghi biên bản cho buổi họp chưa diễn ra");
    }
    if (start != null && start.toLocalDate().isBefore(m.scheduledDate().minusDays(7))) {
      errors.reject("heldStart", "ngày họp sớm hơn ngày dự kiến quá 7 ngày");
    }
    String chair = Inputs.text(r.chairedBy(), "chairedBy", "người chủ trì", 255, true, errors);
    String minutesBy =
        Inputs.text(r.minutesBy(), "minutesBy", "thư ký buổi họp", 255, true, errors);
    String guests = Inputs.text(r.guests(), "guests", "khách mời", 1000, false, errors);

    List<Member> roll = rollOf(m);
    Map<Long, Member> byId = roll.stream().collect(Collectors.toMap(Member::id, x -> x));
    List<Attendance> lines = new ArrayList<>();
    for (Member member : roll) {
      MeetingRecord.RollCallLine line = r.rollCall().get(member.id());
      String field = "rollCall[" + member.code() + "]";
      if (line == null || line.presence() == null) {
        errors.reject(field, "chưa điểm danh đảng viên " + member.fullName());
        continue;
      }
      Presence presence = line.presence();
      String reason = line.reason() == null ? null : line.reason().strip();
      if (presence == Presence.EXEMPTED && member.status() != MemberStatus.EXEMPTED) {
        errors.reject(field, member.fullName() + " không thuộc diện miễn sinh hoạt");
      }
      if (presence == Presence.ABSENT_EXCUSED && (reason == null || reason.isEmpty())) {
        errors.reject(field, "ghi lý do vắng của " + member.fullName());
      }
      if (reason != null && reason.length() > MAX_SHORT) {
        errors.reject(field, "lý do dài quá " + MAX_SHORT + " ký tự");
      }
      lines.add(
          new Attendance(
              meetingId,
              member.id(),
              member.status(),
              presence,
              reason == null || reason.isEmpty() ? null : reason));
    }
    for (Long id : r.rollCall().keySet()) {
      if (!byId.containsKey(id)) {
        errors.reject("rollCall", "điểm danh có người không thuộc chi bộ (mã " + id + ")");
      }
    }
    List<AgendaItem> agenda = agenda(meetingId);
    for (AgendaItem item : agenda) {
      String notes = r.minutes().get(item.id());
      if (notes == null || notes.isBlank()) {
        errors.reject(
            "minutes[" + item.id() + "]", "chưa ghi diễn biến cho nội dung: " + item.title());
      } else if (notes.length() > MAX_TEXT) {
        errors.reject("minutes[" + item.id() + "]", "nội dung ghi dài quá " + MAX_TEXT + " ký tự");
      }
    }
    errors.throwIfAny();

    // Plan the tasks first: their own validation must refuse the whole record, not half of it.
    resolutions.planActionItems(
        meetingId, m.branchId(), start.toLocalDate(), r.actionItems(), byId.keySet());
    long minutes = Duration.between(start, end).toMinutes();
    int required =
        m.hasThematicPart()
            ? properties.minThematicDurationMinutes()
            : properties.minDurationMinutes();
    String durationWarning =
        minutes < required
            ? "Buổi họp kéo dài "
                + minutes
                + " phút, ít hơn "
                + required
                + " phút theo quy định"
                + (m.hasThematicPart() ? " khi có sinh hoạt chuyên đề" : "")
            : null;
    boolean late =
        m.status() == MeetingStatus.MISSED || start.toLocalDate().isAfter(m.scheduledDate());
    repository.updateRecord(
        meetingId, start, end, late, chair, minutesBy, guests, durationWarning, by);
    repository.replaceAttendance(meetingId, lines);
    for (AgendaItem item : agenda) {
      String speakers = r.speakers().get(item.id());
      repository.updateAgendaNotes(
          item.id(),
          meetingId,
          r.minutes().get(item.id()).strip(),
          speakers == null || speakers.isBlank() ? null : Inputs.truncate(speakers.strip(), 1000));
    }
    log.info("Meeting {} recorded{}", meetingId, late ? " (late)" : "");
    return absenceReviewCandidates(m, start.toLocalDate(), lines);
  }

  /**
   * Members with an unexcused absence today whose unexcused absences in the window reach the
   * threshold: the committee must consider proposing their removal (DOMAIN.md §2).
   */
  private List<Long> absenceReviewCandidates(Meeting m, LocalDate held, List<Attendance> lines) {
    List<Long> absent =
        lines.stream()
            .filter(a -> a.presence() == Presence.ABSENT_UNEXCUSED)
            .map(Attendance::memberId)
            .toList();
    Map<Long, Integer> counts =
        repository.unexcusedAbsences(
            absent, held.minusMonths(properties.absenceWindowMonths()).plusDays(1), held);
    List<Long> result = new ArrayList<>();
    for (Long id : absent) {
      int n = counts.getOrDefault(id, 0);
      if (n >= properties.absenceThreshold() && repository.insertAbsenceReview(id, m.id(), n)) {
        result.add(id);
      }
    }
    return result;
  }

  /** The base of the resolution vote, from the roll call (DOMAIN.md §2; never typed in). */
  public VoteCount voteCount(String meetingId, int votesFor, int votesAgainst, int votesAbstain) {
    List<Attendance> lines = repository.attendance(meetingId);
    int official = 0;
    int transferred = 0;
    int exemptedAbsent = 0;
    for (Attendance a : lines) {
      boolean isOfficial =
          a.memberStatus() == MemberStatus.OFFICIAL || a.memberStatus() == MemberStatus.EXEMPTED;
      if (!isOfficial) {
        continue; // probationary members never count in the base
      }
      official++;
      if (a.presence() == Presence.TRANSFERRED_TEMPORARILY) {
        transferred++;
      } else if (a.memberStatus() == MemberStatus.EXEMPTED && a.presence() != Presence.PRESENT) {
        exemptedAbsent++;
      }
    }
    return new VoteCount(
        official, transferred, exemptedAbsent, votesFor, votesAgainst, votesAbstain);
  }

  /**
   * The attendance quorum of the meeting by its roll call, when the branch requires one; empty when
   * none is configured (the documented default: any attendance will do).
   */
  public Optional<Quorum> quorum(String meetingId) {
    Integer percent = properties.attendanceQuorumPercent();
    if (percent == null) {
      return Optional.empty();
    }
    int expected = 0;
    int present = 0;
    for (Attendance a : repository.attendance(meetingId)) {
      boolean excused =
          a.presence() == Presence.TRANSFERRED_TEMPORARILY
              || (a.presence() == Presence.EXEMPTED || a.memberStatus() == MemberStatus.EXEMPTED)
                  && a.presence() != Presence.PRESENT;
      if (excused) {
        continue;
      }
      expected++;
      if (a.presence() == Presence.PRESENT) {
        present++;
      }
    }
    return Optional.of(Quorum.of(expected, present, percent));
  }

  /** The base and required votes before anyone votes, for the vote form. */
  public VoteOutcome votePreview(String meetingId) {
    Meeting m = meeting(meetingId);
    LocalDate day = m.heldStart() == null ? m.scheduledDate() : m.heldStart().toLocalDate();
    return voteDecision.evaluate(VoteKind.RESOLUTION, day, voteCount(meetingId, 0, 0, 0));
  }

  /** The vote on the resolution; its outcome is the {@code VoteOutcome} decision's. */
  @Transactional
  public VoteOutcome recordVote(
      String meetingId, Integer votesFor, Integer votesAgainst, Integer votesAbstain) {
    Errors errors = new Errors();
    Inputs.count(votesFor, "votesFor", "số phiếu tán thành", errors);
    Inputs.count(votesAgainst, "votesAgainst", "số phiếu không tán thành", errors);
    Inputs.count(votesAbstain, "votesAbstain", "số người không biểu quyết", errors);
    errors.throwIfAny();
    Meeting m = expectStatus(meetingId, MeetingStatus.HELD);
    LocalDate day = m.heldStart() == null ? today() : m.heldStart().toLocalDate();
    VoteCount count;
    try {
      count = voteCount(meetingId, votesFor, votesAgainst, votesAbstain);
    } catch (IllegalArgumentException e) {
      // the counts typed do not fit the base the roll call gives
      throw new vn.chibo.workflow.InvalidInputException("votesFor", e.getMessage());
    }
    Optional<Quorum> quorum = quorum(meetingId);
    boolean quorate = quorum.map(Quorum::met).orElse(true);
    VoteOutcome outcome = resolutions.recordVote(meetingId, day, count, quorate);
    log.info(
        "Vote on meeting {}: base {}, required {}, quorum {}, passed {}",
        meetingId,
        outcome.base(),
        outcome.required(),
        quorum.map(Quorum::text).orElse("none"),
        outcome.passed());
    return outcome;
  }

  /** After a failed vote: revise the draft and vote again, or adopt a conclusion only. */
  @Transactional
  public void reviseOrConclude(String meetingId, Boolean revise, String draft) {
    Errors errors = new Errors();
    if (revise == null) {
      errors.reject(
          "reviseDraft", "hãy chọn sửa dự thảo để biểu quyết lại hoặc chỉ ban hành kết luận");
    }
    String clean =
        Inputs.text(
            draft,
            "draftResolution",
            "dự thảo nghị quyết",
            MAX_TEXT,
            Boolean.TRUE.equals(revise),
            errors);
    errors.throwIfAny();
    expectStatus(meetingId, MeetingStatus.HELD);
    if (revise) {
      resolutions.revise(meetingId, clean);
    } else {
      resolutions.conclude(meetingId);
    }
  }

  /**
   * The self-assessed grade from the rubric scores, judged by the {@code MeetingGrade} decision.
   */
  @Transactional
  public MeetingGradeResult assess(String meetingId, Map<String, Object> scores, String by) {
    Meeting m = meeting(meetingId);
    Map<String, Integer> parsed = new HashMap<>();
    Errors errors = new Errors();
    for (var e : scores.entrySet()) {
      Object v = e.getValue();
      if (v == null || (v instanceof String s && s.isBlank())) {
        errors.reject(e.getKey(), "chưa chấm điểm");
        continue;
      }
      try {
        parsed.put(
            e.getKey(),
            v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().strip()));
      } catch (NumberFormatException ex) {
        errors.reject(e.getKey(), "điểm phải là số nguyên");
      }
    }
    errors.throwIfAny();
    MeetingGradeResult result;
    try {
      result = gradeDecision.grade(m.scheduledDate(), new RubricScores(parsed));
    } catch (IllegalArgumentException ex) {
      throw new vn.chibo.workflow.InvalidInputException("score", ex.getMessage());
    }
    if (repository.transition(meetingId, MeetingStatus.HELD, MeetingStatus.CLOSED) != 1) {
      throw conflict(meetingId, MeetingStatus.HELD);
    }
    repository.updateGrade(meetingId, result.total(), result.grade(), by, now());
    return result;
  }

  /**
   * Sends the closed meeting's summary to the committee above and the supervising members: when and
   * how long it met, the roll call, the resolution and its vote, the tasks and the grade.
   *
   * @return how many people it went to
   */
  @Transactional
  public int reportToSuperior(String meetingId) {
    Meeting m = meeting(meetingId);
    Organization branch = branchOf(m);
    StringBuilder text = new StringBuilder(MeetingTexts.summary(m, branch)).append(".\n");
    if (m.heldStart() != null && m.heldEnd() != null) {
      text.append("Đã họp: ")
          .append(MeetingTexts.date(m.heldStart().toLocalDate()))
          .append(", ")
          .append(MeetingTexts.time(m.heldStart().toLocalTime()))
          .append("–")
          .append(MeetingTexts.time(m.heldEnd().toLocalTime()))
          .append(" (")
          .append(Duration.between(m.heldStart(), m.heldEnd()).toMinutes())
          .append(" phút)")
          .append(m.heldLate() ? ", họp muộn so với lịch" : "")
          .append(".\n");
    }
    if (m.durationWarning() != null) {
      text.append(m.durationWarning()).append(".\n");
    }
    Map<Presence, Long> roll =
        attendance(meetingId).stream()
            .collect(
                Collectors.groupingBy(
                    Attendance::presence,
                    () -> new EnumMap<>(Presence.class),
                    Collectors.counting()));
    text.append("Điểm danh: ")
        .append(
            roll.entrySet().stream()
                .map(e -> e.getKey().label().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining("; ")))
        .append(".\n");
    resolutions
        .resolution(meetingId)
        .ifPresent(
            r -> {
              text.append("Nghị quyết: ").append(r.status().label().toLowerCase(Locale.ROOT));
              if (r.isVoted()) {
                text.append(" – ")
                    .append(r.votesFor())
                    .append(" tán thành, ")
                    .append(r.votesAgainst())
                    .append(" không tán thành, ")
                    .append(r.votesAbstain())
                    .append(" không biểu quyết; căn cứ ")
                    .append(r.base())
                    .append(", cần ")
                    .append(r.required());
              }
              text.append(".\n");
            });
    text.append("Nhiệm vụ giao: ")
        .append(resolutions.actionItemsOf(meetingId).size())
        .append(".\n");
    if (m.grade() != null) {
      text.append("Chi bộ tự đánh giá: ")
          .append(m.score())
          .append(" điểm – ")
          .append(m.gradeLabel())
          .append(".\n");
    }
    int n = notices.reportToSuperior(m, branch, text.toString());
    log.info("Meeting {} reported to {} people above the branch", meetingId, n);
    return n;
  }

  /** The committee's decision on a member with repeated unexcused absences. */
  @Transactional
  public void decideAbsenceReview(
      String meetingId, long memberId, Boolean proposeRemoval, String note, String by) {
    Errors errors = new Errors();
    if (proposeRemoval == null) {
      errors.reject("proposeRemoval", "hãy chọn có đề nghị xóa tên hay không");
    }
    String clean = Inputs.text(note, "absenceReviewNote", "nhận xét", 2000, true, errors);
    errors.throwIfAny();
    if (repository.decideAbsenceReview(memberId, meetingId, proposeRemoval, clean, by, now())
        != 1) {
      throw new StepConflictException(
          "Việc xem xét đảng viên vắng sinh hoạt này đã được quyết định");
    }
  }

  /**
   * The secretary's answer to a quarter without a thematic meeting: a topic in this meeting, or a
   * separate thematic meeting (returned so the caller starts its process).
   */
  @Transactional
  public Optional<Meeting> planThematic(
      String meetingId, Boolean inThisMeeting, String topic, String dateText, String by) {
    Meeting m = meeting(meetingId);
    Errors errors = new Errors();
    if (inThisMeeting == null) {
      errors.reject(
          "thematicInThisMeeting", "hãy chọn sinh hoạt chuyên đề trong buổi họp này hay riêng");
    }
    String clean = Inputs.text(topic, "thematicTopic", "chủ đề", MAX_SHORT, true, errors);
    if (Boolean.FALSE.equals(inThisMeeting)) {
      LocalDate date = Inputs.date(dateText, "thematicDate", "ngày sinh hoạt chuyên đề", errors);
      if (date != null && !YearMonth.from(date).equals(m.month())) {
        errors.reject(
            "thematicDate", "buổi chuyên đề phải trong tháng " + MeetingTexts.month(m.month()));
      }
    }
    if (Boolean.TRUE.equals(inThisMeeting) && m.status().isHeld()) {
      errors.reject("thematicInThisMeeting", "buổi họp tháng này đã diễn ra");
    }
    errors.throwIfAny();
    if (inThisMeeting) {
      repository.updateThematicTopic(meetingId, clean);
      return Optional.empty();
    }
    return Optional.of(
        openExtra(
            branchOf(m),
            MeetingKind.THEMATIC,
            dateText,
            MeetingTexts.time(properties.defaultStartTime()),
            m.place(),
            clean,
            by));
  }

  // ------------------------------------------------------------------ helpers

  private Map<Long, Member> membersById(long branchId) {
    return organizations.membersOf(branchId).stream()
        .collect(Collectors.toMap(Member::id, Function.identity()));
  }

  private Meeting expectStatus(String meetingId, MeetingStatus expected) {
    Meeting m = meeting(meetingId);
    if (m.status() != expected) {
      throw conflict(meetingId, expected);
    }
    return m;
  }

  private void expectTransition(String meetingId, MeetingStatus from, MeetingStatus to) {
    if (repository.transition(meetingId, from, to) != 1) {
      throw conflict(meetingId, from);
    }
  }

  private StepConflictException conflict(String meetingId, MeetingStatus expected) {
    MeetingStatus actual = repository.find(meetingId).map(Meeting::status).orElse(null);
    return new StepConflictException(
        "Buổi họp "
            + meetingId
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

  /** The prepared content, as the preparation form submits it. */
  public record Preparation(
      String political,
      String tasks,
      String partyBuilding,
      String thematicTopic,
      String draftResolution,
      String meetingTime,
      String meetingPlace) {}

  /**
   * What the minute-taker records about a meeting. Maps are keyed by member id / agenda item id.
   */
  public record MeetingRecord(
      String start,
      String end,
      String chairedBy,
      String minutesBy,
      String guests,
      Map<Long, RollCallLine> rollCall,
      Map<Long, String> minutes,
      Map<Long, String> speakers,
      List<NewActionItem> actionItems) {

    public MeetingRecord {
      rollCall = rollCall == null ? Map.of() : rollCall;
      minutes = minutes == null ? Map.of() : minutes;
      speakers = speakers == null ? Map.of() : speakers;
      actionItems = actionItems == null ? List.of() : actionItems;
    }

    public record RollCallLine(Presence presence, String reason) {}
  }
}
