package vn.chibo.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.document.DocumentContent.Signature;
import vn.chibo.meeting.AgendaItem;
import vn.chibo.meeting.AgendaSection;
import vn.chibo.meeting.Attendance;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Presence;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleType;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.Resolution;
import vn.chibo.resolution.ResolutionService;
import vn.chibo.resolution.ResolutionStatus;
import vn.chibo.workflow.StepConflictException;

/**
 * The meeting's documents: the notice (thông báo) from the agreed agenda, the minutes (biên bản)
 * from the record, the resolution (nghị quyết) from the voted draft and its tasks. All three are
 * the branch's, signed for it by its secretary (the minutes by the chair and the minute-taker).
 */
@Component
class MeetingDocuments implements DocumentSource {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final OrganizationService organizations;

  MeetingDocuments(
      MeetingService meetings, ResolutionService resolutions, OrganizationService organizations) {
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.organizations = organizations;
  }

  @Override
  public Set<DocumentType> types() {
    return Set.of(
        DocumentType.MEETING_NOTICE, DocumentType.MEETING_MINUTES, DocumentType.MEETING_RESOLUTION);
  }

  @Override
  public Optional<Long> branchOf(String subjectKey) {
    if (subjectKey == null || !subjectKey.startsWith("MTG-")) {
      return Optional.empty();
    }
    return meetings.findMeeting(subjectKey).map(Meeting::branchId);
  }

  @Override
  public List<DocumentType> available(String subjectKey) {
    Meeting m = meetings.findMeeting(subjectKey).orElse(null);
    if (m == null) {
      return List.of();
    }
    List<DocumentType> types = new ArrayList<>();
    if (!meetings.agenda(m.id()).isEmpty()) {
      types.add(DocumentType.MEETING_NOTICE);
    }
    if (recorded(m)) {
      types.add(DocumentType.MEETING_MINUTES);
    }
    if (resolutions.resolution(m.id()).isPresent()) {
      types.add(DocumentType.MEETING_RESOLUTION);
    }
    return types;
  }

  @Override
  public DocumentContent content(DocumentType type, String subjectKey) {
    Meeting m =
        meetings
            .findMeeting(subjectKey)
            .orElseThrow(() -> new StepConflictException("Không có buổi sinh hoạt " + subjectKey));
    Organization branch = meetings.branchOf(m);
    return switch (type) {
      case MEETING_NOTICE -> notice(m, branch);
      case MEETING_MINUTES -> minutes(m, branch);
      case MEETING_RESOLUTION -> resolution(m, branch);
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  private DocumentContent notice(Meeting m, Organization branch) {
    List<AgendaItem> agenda = meetings.agenda(m.id());
    if (agenda.isEmpty()) {
      throw new StepConflictException("Chưa chuẩn bị nội dung sinh hoạt, chưa có gì để thông báo");
    }
    boolean agreed = m.status() != MeetingStatus.PREPARING && m.status() != MeetingStatus.AGREEMENT;
    Map<String, Object> model = common(m, branch);
    model.put("sections", sections(agenda, false));
    model.put("supervisors", names(RoleType.SUPERVISING_MEMBER, branch.id()));
    boolean committee = organizations.hasElectedCommittee(branch.id());
    model.put("author", committee ? "Chi ủy " + branch.name() : branch.name());
    LocalDate date =
        m.noticeSentAt() != null ? m.noticeSentAt().toLocalDate() : organizations.today();
    return new DocumentContent(
        DocumentType.MEETING_NOTICE,
        m.id(),
        branch.id(),
        branch.id(),
        date,
        "THÔNG BÁO",
        "Về việc " + what(m).toLowerCase(Locale.ROOT).charAt(0) + what(m).substring(1),
        model,
        List.of(secretary(branch, committee ? "T/M CHI ỦY" : "T/M CHI BỘ")),
        List.of(
            "- " + parentName(branch) + " (để báo cáo),",
            "- Đồng chí cấp ủy viên cấp trên theo dõi chi bộ,",
            "- Đảng viên trong chi bộ,",
            "- Lưu chi bộ."),
        "thong-bao-" + m.id(),
        agreed ? null : "nội dung sinh hoạt chưa được chi ủy thống nhất");
  }

  private DocumentContent minutes(Meeting m, Organization branch) {
    if (!recorded(m)) {
      throw new StepConflictException("Buổi sinh hoạt chưa được ghi biên bản");
    }
    Map<String, Object> model = common(m, branch);
    model.put("sections", sections(meetings.agenda(m.id()), true));
    model.put("roll", roll(m));
    model.put("heldStart", clock(m.heldStart()));
    model.put("heldEnd", clock(m.heldEnd()));
    model.put("heldDate", Letterhead.inWords(m.heldStart().toLocalDate()));
    model.put("chairedBy", nonBlank(m.chairedBy()));
    model.put("minutesBy", nonBlank(m.minutesBy()));
    model.put("guests", nonBlank(m.guests()));
    model.put("vote", resolutions.resolution(m.id()).map(this::vote).orElse(null));
    model.put("grade", m.gradeLabel());
    model.put("score", m.score());
    return new DocumentContent(
        DocumentType.MEETING_MINUTES,
        m.id(),
        branch.id(),
        branch.id(),
        m.heldStart().toLocalDate(),
        "BIÊN BẢN",
        what(m),
        model,
        List.of(
            new Signature("", "THƯ KÝ", nonBlank(m.minutesBy())),
            new Signature("", "CHỦ TRÌ", nonBlank(m.chairedBy()))),
        List.of("- Lưu chi bộ."),
        "bien-ban-" + m.id(),
        null);
  }

  private DocumentContent resolution(Meeting m, Organization branch) {
    Resolution r =
        resolutions
            .resolution(m.id())
            .orElseThrow(() -> new StepConflictException("Chưa có dự thảo nghị quyết"));
    Map<String, Object> model = common(m, branch);
    model.put("paragraphs", paragraphs(r.draft()));
    model.put("vote", vote(r));
    List<ActionItem> items = resolutions.actionItemsOf(m.id());
    Map<Long, Member> people =
        organizations.members(items.stream().map(ActionItem::assigneeMemberId).toList()).stream()
            .collect(Collectors.toMap(Member::id, Function.identity()));
    List<Map<String, Object>> tasks = new ArrayList<>();
    int n = 1;
    for (ActionItem a : items) {
      Member who = people.get(a.assigneeMemberId());
      tasks.add(
          Map.of(
              "number",
              n++,
              "title",
              a.title(),
              "assignee",
              who == null ? "" : who.fullName(),
              "due",
              DAY.format(a.dueDate())));
    }
    model.put("tasks", tasks);
    Roll roll = roll(m);
    model.put("present", roll.present());
    model.put("convened", roll.total());
    LocalDate date = m.heldStart() != null ? m.heldStart().toLocalDate() : m.scheduledDate();
    model.put("heldDate", Letterhead.inWords(date));
    String notIssuable =
        switch (r.status()) {
          case PASSED, CONCLUSION -> null;
          case FAILED -> "nghị quyết chưa được chi bộ biểu quyết thông qua";
          case DRAFT -> "nghị quyết chưa được biểu quyết";
        };
    return new DocumentContent(
        DocumentType.MEETING_RESOLUTION,
        m.id(),
        branch.id(),
        branch.id(),
        date,
        r.status() == ResolutionStatus.CONCLUSION ? "KẾT LUẬN" : "NGHỊ QUYẾT",
        what(m),
        model,
        List.of(secretary(branch, "T/M CHI BỘ")),
        List.of(
            "- " + parentName(branch) + " (để báo cáo),",
            "- Đảng viên trong chi bộ (để thực hiện),",
            "- Lưu chi bộ."),
        "nghi-quyet-" + m.id(),
        notIssuable);
  }

  // ------------------------------------------------------------------ parts

  private Map<String, Object> common(Meeting m, Organization branch) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meeting", m);
    model.put("branch", branch);
    model.put("what", what(m));
    model.put("startTime", clock(m.scheduledDate().atTime(m.startTime())));
    model.put(
        "scheduledDay",
        MeetingTexts.weekday(m.scheduledDate()) + ", " + Letterhead.inWords(m.scheduledDate()));
    model.put("place", m.place());
    return model;
  }

  /** "Sinh hoạt chi bộ định kỳ tháng 12/2026", "Sinh hoạt chuyên đề: …". */
  static String what(Meeting m) {
    if (m.kind() == MeetingKind.REGULAR) {
      return "Sinh hoạt chi bộ định kỳ tháng " + MeetingTexts.month(m.month());
    }
    return m.kind().label()
        + (m.thematicTopic() == null || m.thematicTopic().isBlank()
            ? ""
            : ": " + m.thematicTopic());
  }

  /** The agenda by its parts, numbered as the documents number them (I, II, …). */
  private static List<Map<String, Object>> sections(List<AgendaItem> agenda, boolean withNotes) {
    Map<AgendaSection, List<AgendaItem>> bySection = new LinkedHashMap<>();
    agenda.forEach(i -> bySection.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i));
    List<Map<String, Object>> sections = new ArrayList<>();
    int n = 0;
    for (var e : bySection.entrySet()) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (AgendaItem i : e.getValue()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", i.title());
        item.put("carriedOver", i.isCarriedOver());
        item.put("speakers", withNotes ? nonBlank(i.speakers()) : "");
        item.put("notes", withNotes ? paragraphs(i.notes()) : List.of());
        items.add(item);
      }
      sections.add(Map.of("number", ROMAN[n++], "label", e.getKey().label(), "items", items));
    }
    return sections;
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

  /** The roll call as the minutes write it: the counts, then every member with their line. */
  record Roll(
      int total,
      int official,
      int probationary,
      int present,
      int absentExcused,
      int absentUnexcused,
      int exempted,
      int transferred,
      List<Map<String, Object>> lines) {}

  private Roll roll(Meeting m) {
    List<Attendance> attendance = meetings.attendance(m.id());
    Map<Long, Member> people =
        organizations.members(attendance.stream().map(Attendance::memberId).toList()).stream()
            .collect(Collectors.toMap(Member::id, Function.identity()));
    List<Map<String, Object>> lines = new ArrayList<>();
    int n = 1;
    int official = 0;
    int probationary = 0;
    int[] counts = new int[Presence.values().length];
    for (Attendance a : attendance) {
      Member who = people.get(a.memberId());
      counts[a.presence().ordinal()]++;
      if (a.memberStatus() == MemberStatus.PROBATIONARY) {
        probationary++;
      } else {
        official++;
      }
      lines.add(
          Map.of(
              "number", n++,
              "name", who == null ? "" : who.fullName(),
              "status", shortStatus(a.memberStatus()),
              "presence", a.presence().label(),
              "reason", nonBlank(a.reason())));
    }
    return new Roll(
        attendance.size(),
        official,
        probationary,
        counts[Presence.PRESENT.ordinal()],
        counts[Presence.ABSENT_EXCUSED.ordinal()],
        counts[Presence.ABSENT_UNEXCUSED.ordinal()],
        counts[Presence.EXEMPTED.ordinal()],
        counts[Presence.TRANSFERRED_TEMPORARILY.ordinal()],
        lines);
  }

  /** The vote as the documents state it. */
  record Vote(
      int votesFor,
      int votesAgainst,
      int votesAbstain,
      int base,
      int required,
      String share,
      boolean passed,
      String outcome) {}

  private Vote vote(Resolution r) {
    if (!r.isVoted() || r.votesFor() == null || r.base() == null || r.base() == 0) {
      return null;
    }
    boolean passed = r.status() == ResolutionStatus.PASSED;
    String shortOfQuorum =
        meetings
            .quorum(r.meetingId())
            .filter(q -> !q.met())
            .map(q -> " vì buổi họp không đủ số đảng viên dự họp (" + q.text() + ")")
            .orElse("");
    return new Vote(
        r.votesFor(),
        r.votesAgainst() == null ? 0 : r.votesAgainst(),
        r.votesAbstain() == null ? 0 : r.votesAbstain(),
        r.base(),
        r.required() == null ? 0 : r.required(),
        percent(r.votesFor(), r.base()),
        passed,
        passed ? "Nghị quyết được thông qua" : "Nghị quyết chưa được thông qua" + shortOfQuorum);
  }

  /** "86,96%": two decimals with the Vietnamese decimal comma, as vote shares are written. */
  static String percent(int part, int whole) {
    return String.format(Locale.forLanguageTag("vi"), "%.2f%%", 100.0 * part / whole);
  }

  private Signature secretary(Organization branch, String capacity) {
    List<String> names = names(RoleType.SECRETARY, branch.id());
    return new Signature(capacity, "BÍ THƯ", names.isEmpty() ? "" : names.get(0));
  }

  private List<String> names(RoleType role, long organizationId) {
    return organizations.holders(organizationId, Set.of(role)).stream()
        .map(Member::fullName)
        .toList();
  }

  private String parentName(Organization branch) {
    return branch.parentId() == null
        ? "Cấp ủy cấp trên"
        : organizations
            .organization(branch.parentId())
            .map(Letterhead::committeeName)
            .orElse("Cấp ủy cấp trên");
  }

  /** "Chính thức", "Dự bị": the roll call's column says only what kind of member. */
  static String shortStatus(MemberStatus status) {
    String label = status.label();
    if (label.startsWith("Đảng viên ")) {
      String rest = label.substring("Đảng viên ".length());
      return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    return label;
  }

  private static boolean recorded(Meeting m) {
    return m.heldStart() != null
        && (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.CLOSED);
  }

  /** "08 giờ 00 phút". */
  private static String clock(LocalDateTime t) {
    if (t == null) {
      return "";
    }
    LocalTime time = t.toLocalTime();
    return String.format("%02d giờ %02d phút", time.getHour(), time.getMinute());
  }

  static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String nonBlank(String s) {
    return s == null ? "" : s.strip();
  }
}
