package vn.chibo.admission.probation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.admission.probation.ProbationBoard.Card;
import vn.chibo.admission.probation.ProbationBoard.DeadlineKind;
import vn.chibo.admission.probation.process.ProbationProcess;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.workflow.InvalidInputException;

/**
 * The probation pages: the board of every case a person covers by status, opening the case of a
 * member already probationary in the registry, and the case page with its review, votes, decision,
 * open tasks, diagram and history. The steps themselves are Camunda forms: the case page links to
 * them in the Tasklist.
 */
@Controller
class ProbationController {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final ProbationService probation;
  private final ProbationAccess access;
  private final ProbationBoard board;
  private final ProbationProcess process;
  private final OrganizationService organizations;
  private final MessageSource messages;
  private final Clock clock;

  ProbationController(
      ProbationService probation,
      ProbationAccess access,
      ProbationBoard board,
      ProbationProcess process,
      OrganizationService organizations,
      MessageSource messages,
      Clock clock) {
    this.probation = probation;
    this.access = access;
    this.board = board;
    this.process = process;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  // --- the board ------------------------------------------------------------------------------

  /** The open cases at one status. */
  record Column(ProbationStatus status, int step, List<Card> cards) {}

  @GetMapping("/probations")
  String board(
      @RequestParam(name = "branch", required = false) String branchCode,
      @RequestParam(name = "status", required = false) String statusText,
      Authentication auth,
      Model model) {
    List<Organization> branches = access.coveredBranches(auth);
    Organization branch = null;
    if (branchCode != null && !branchCode.isBlank()) {
      branch =
          branches.stream()
              .filter(b -> b.code().equals(branchCode.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ResponseStatusException(HttpStatus.BAD_REQUEST, "branch " + branchCode));
    }
    ProbationStatus only = null;
    if (statusText != null && !statusText.isBlank()) {
      try {
        only = ProbationStatus.valueOf(statusText.strip());
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status " + statusText);
      }
    }
    List<Long> ids =
        branch == null ? branches.stream().map(Organization::id).toList() : List.of(branch.id());
    List<ProbationCase> cases = ids.isEmpty() ? List.of() : probation.casesOf(ids);
    Map<ProbationStatus, List<Card>> byStatus = new EnumMap<>(ProbationStatus.class);
    for (Card k : board.cards(cases, branches)) {
      ProbationStatus s = k.probationCase().status();
      if (only == null || only == s) {
        byStatus.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
      }
    }
    List<Column> columns = new ArrayList<>();
    List<Card> closed = new ArrayList<>();
    int step = 0;
    for (ProbationStatus s : ProbationStatus.values()) {
      List<Card> cards = byStatus.getOrDefault(s, List.of());
      if (s.isOpen()) {
        step++;
        if (only == null || only == s) {
          columns.add(new Column(s, step, ProbationBoard.byDeadline(cards)));
        }
      } else {
        closed.addAll(cards);
      }
    }
    // the most recently admitted first: the ended cases people still look for
    closed.sort(Comparator.comparing((Card k) -> k.probationCase().ceremonyDate()).reversed());
    model.addAttribute("columns", columns);
    model.addAttribute("closed", closed);
    model.addAttribute("openCount", columns.stream().mapToInt(c -> c.cards().size()).sum());
    model.addAttribute(
        "overdueCount",
        columns.stream().flatMap(c -> c.cards().stream()).filter(Card::overdue).count());
    model.addAttribute("branches", branches);
    model.addAttribute("statuses", ProbationStatus.values());
    model.addAttribute("selectedBranch", branch == null ? "" : branch.code());
    model.addAttribute("selectedStatus", only == null ? "" : only.name());
    model.addAttribute("canOpen", !access.secretaryBranches(auth).isEmpty());
    return "probation/board";
  }

  // --- opening a case from the registry -------------------------------------------------------

  /**
   * What went wrong with one field: a message of this page (key and one argument) or a reason the
   * service gave in words.
   */
  record FormError(String field, String key, String arg, String text) {

    static FormError of(String field, String key, String arg) {
      return new FormError(field, key, arg, null);
    }

    static FormError said(String field, String text) {
      return new FormError(field, null, null, text);
    }
  }

  @GetMapping("/probations/new")
  String newCase(Authentication auth, Model model) {
    return newForm(auth, model, null, List.of());
  }

  @PostMapping("/probations/new")
  String open(
      @RequestParam(name = "memberId", required = false) String memberText,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    List<Organization> branches = access.secretaryBranches(auth);
    if (branches.isEmpty()) {
      throw notSecretary();
    }
    Long memberId = null;
    try {
      memberId = memberText == null || memberText.isBlank() ? null : Long.valueOf(memberText);
    } catch (NumberFormatException e) {
      // reported below as no choice
    }
    Optional<Member> member = memberId == null ? Optional.empty() : organizations.member(memberId);
    if (member.isEmpty()) {
      response.setStatus(400);
      return newForm(
          auth, model, memberText, List.of(FormError.of("memberId", "probation.new.none", null)));
    }
    if (branches.stream().noneMatch(b -> b.id() == member.get().branchId())) {
      response.setStatus(400);
      return newForm(
          auth,
          model,
          memberText,
          List.of(FormError.of("memberId", "probation.new.otherBranch", member.get().fullName())));
    }
    try {
      String id = probation.openFromRegistry(member.get().id(), auth.getName());
      return "redirect:/probations/" + id + "?opened";
    } catch (InvalidInputException e) {
      response.setStatus(400);
      List<FormError> errors =
          e.errors().stream().map(x -> FormError.said("memberId", x.reason())).toList();
      return newForm(auth, model, memberText, errors);
    }
  }

  private String newForm(
      Authentication auth, Model model, String memberId, List<FormError> errors) {
    List<Organization> branches = access.secretaryBranches(auth);
    if (branches.isEmpty()) {
      throw notSecretary();
    }
    Map<Organization, List<Member>> members = new LinkedHashMap<>();
    for (Organization b : branches) {
      members.put(b, probation.probationaryWithoutCase(b.id()));
    }
    model.addAttribute("members", members);
    model.addAttribute("anyMember", members.values().stream().anyMatch(l -> !l.isEmpty()));
    model.addAttribute("memberId", memberId == null ? "" : memberId);
    model.addAttribute("errors", errors);
    model.addAttribute("months", probation.properties().months());
    return "probation/new";
  }

  private static ResponseStatusException notSecretary() {
    return new ResponseStatusException(
        HttpStatus.FORBIDDEN, "only a branch secretary or deputy opens probation cases");
  }

  // --- the case page --------------------------------------------------------------------------

  /**
   * Someone or some body as the page names them: a message key of {@code probation.who.*} and its
   * argument (a person's or an organisation's name).
   */
  record Who(String key, String arg) {}

  /** An open task with who it waits for; {@code mine} when the viewer may work it. */
  record OpenTask(
      String id, String name, String href, boolean mine, Date due, List<Who> waitsFor) {}

  /**
   * One line of the case's history.
   *
   * @param waiting the step is still open: {@code at} is when it began
   */
  record TimelineLine(LocalDateTime at, String name, Who who, boolean waiting) {}

  @GetMapping("/probations/{id}")
  String detail(@PathVariable("id") String id, Authentication auth, Model model) {
    ProbationCase c = access.visible(id, auth);
    Map<String, String> names = new HashMap<>();
    Organization branch = probation.branchOf(c);
    model.addAttribute("c", c);
    model.addAttribute("member", probation.member(c));
    model.addAttribute("branch", branch);
    model.addAttribute("mentor", probation.mentorOf(c).orElse(null));
    model.addAttribute("current", board.deadline(c));
    // the vote's deadline once the case is past it, met or not; the current one is above
    model.addAttribute(
        "voteDeadline",
        board.deadline(c) != null && board.deadline(c).kind() == DeadlineKind.VOTE
            ? null
            : board.deadline(DeadlineKind.VOTE, c.voteDue()));
    model.addAttribute("endText", ProbationTexts.date(c.probationEnd()));
    model.addAttribute("voteDueText", ProbationTexts.date(c.voteDue()));
    model.addAttribute("superiorDueText", ProbationTexts.date(c.superiorDue()));
    model.addAttribute("decisionDueText", ProbationTexts.date(c.decisionDue()));
    model.addAttribute("votes", probation.votes(c.id()));
    model.addAttribute("maxVotes", probation.properties().votes());
    model.addAttribute("maxExtensions", probation.properties().extensions());
    ProbationService.Opening opening = probation.opening(c.id()).orElse(null);
    String openedBy = opening == null ? null : personName(opening.by(), names);
    model.addAttribute("opening", opening);
    model.addAttribute("openedBy", openedBy);

    List<String> groups = ProbationAccess.groups(auth);
    List<OpenTask> open = new ArrayList<>();
    for (Task t : process.openTasks(c.id())) {
      List<Who> waitsFor = new ArrayList<>();
      if (t.getAssignee() != null) {
        waitsFor.add(new Who("probation.who.person", personName(t.getAssignee(), names)));
      } else {
        process
            .candidateUsers(t)
            .forEach(u -> waitsFor.add(new Who("probation.who.person", personName(u, names))));
        process.candidateGroups(t).forEach(g -> waitsFor.add(groupLabel(g)));
      }
      open.add(
          new OpenTask(
              t.getId(),
              t.getName(),
              TASKLIST_TASK + t.getId(),
              process.mayWork(t, auth.getName(), groups),
              t.getDueDate(),
              waitsFor));
    }
    model.addAttribute("openTasks", open);
    model.addAttribute("nextActions", open.stream().filter(OpenTask::mine).toList());

    List<TimelineLine> timeline = new ArrayList<>();
    for (ProbationProcess.Step s : process.history(c.id())) {
      Who who = null;
      if (s.isUserTask() && s.by() != null) {
        who = new Who("probation.who.person", personName(s.by(), names));
      } else if ("startEvent".equals(s.type()) && openedBy != null) {
        who = new Who("probation.who.person", openedBy);
      } else if (!s.isUserTask()) {
        who = new Who("probation.who.system", null);
      }
      boolean waiting = s.end() == null;
      timeline.add(new TimelineLine(local(waiting ? s.start() : s.end()), s.name(), who, waiting));
    }
    model.addAttribute("timeline", timeline);
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "diagram",
        process
            .diagram(
                c.id(),
                messages.getMessage("probation.diagram.title", new Object[] {c.id()}, locale))
            .orElse(null));
    return "probation/detail";
  }

  private LocalDateTime local(Date d) {
    return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), clock.getZone());
  }

  private String personName(String username, Map<String, String> cache) {
    if (username == null) {
      return "";
    }
    return cache.computeIfAbsent(
        username, u -> organizations.memberByUsername(u).map(Member::fullName).orElse(u));
  }

  /** A candidate group as people name it: the role and the organisation. */
  private Who groupLabel(String groupId) {
    int dash = groupId.lastIndexOf('-');
    Optional<Organization> org =
        dash < 0 ? Optional.empty() : organizations.organization(groupId.substring(0, dash));
    if (org.isEmpty()) {
      return new Who("probation.who.group", groupId);
    }
    String role = groupId.substring(dash + 1);
    if (role.equals("committee") && org.get().isBranch()) {
      role = "branchCommittee";
    }
    return switch (role) {
      case "secretary", "committee", "branchCommittee", "standing", "minutes", "board" ->
          new Who("probation.who." + role, org.get().name());
      default -> new Who("probation.who.group", groupId);
    };
  }
}
