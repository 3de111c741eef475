package vn.chibo.admission;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.admission.Verification.VerificationResult;
import vn.chibo.admission.eligibility.Education;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.calendar.WorkingDayCalendar;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationAccess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.StepConflictException;
import vn.chibo.workflow.TaskCallbacks;

/**
 * The admission pages: the board of every case a person covers, opening a case, the case page with
 * its dossier, and the page form of the two steps the Tasklist links here (assigning the mentor,
 * completing the dossier), where a secretary also uploads the documents.
 */
@Controller
class AdmissionController {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  /** The dossier's typed facts: the field keys of {@code UserTask_CompileDossier}. */
  static final List<String> DOSSIER_FIELDS =
      List.of(
          "education",
          "introducer1MemberId",
          "introducer1Months",
          "introducer2MemberId",
          "introducer2Months",
          "fatherName",
          "motherName",
          "guardianName",
          "parentsInLaw",
          "spouseName",
          "adultChildren");

  static final List<String> DOSSIER_CHECKBOXES =
      List.of(
          "educationExemption",
          "organisationIntroduction",
          "introducer1Replacement",
          "introducer2Replacement");

  private final AdmissionService admissions;
  private final AdmissionAccess access;
  private final MemberAdmissionProcess process;
  private final OrganizationService organizations;
  private final OrganizationAccess organizationAccess;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  AdmissionController(
      AdmissionService admissions,
      AdmissionAccess access,
      MemberAdmissionProcess process,
      OrganizationService organizations,
      OrganizationAccess organizationAccess,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.admissions = admissions;
    this.access = access;
    this.process = process;
    this.organizations = organizations;
    this.organizationAccess = organizationAccess;
    this.calendar = calendar;
    this.clock = clock;
  }

  // --- the board ------------------------------------------------------------------------------

  /** One case on the board. */
  record Card(AdmissionCase admissionCase, String applicant, String branch, Deadline deadline) {}

  /** A deadline as people read it: the date, and how many working days are left or overdue. */
  record Deadline(String label, LocalDate date, int workingDaysLeft, boolean overdue) {

    public String text() {
      if (overdue) {
        return "Quá hạn " + (-workingDaysLeft) + " ngày làm việc";
      }
      if (workingDaysLeft == 0) {
        return "Hết hạn hôm nay";
      }
      return "Còn " + workingDaysLeft + " ngày làm việc";
    }
  }

  record Column(AdmissionStage stage, List<Card> cards) {}

  @GetMapping("/admissions")
  String board(
      @RequestParam(name = "branch", required = false) String branchCode,
      @RequestParam(name = "stage", required = false) String stageText,
      Authentication auth,
      Model model) {
    List<Organization> branches = coveredBranches(auth);
    Organization branch = null;
    if (branchCode != null && !branchCode.isBlank()) {
      branch =
          branches.stream()
              .filter(b -> b.code().equals(branchCode.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.BAD_REQUEST, "Không có chi bộ " + branchCode));
    }
    AdmissionStage stage = null;
    if (stageText != null && !stageText.isBlank()) {
      try {
        stage = AdmissionStage.valueOf(stageText.strip());
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Không có bước " + stageText);
      }
    }
    List<Long> ids =
        branch == null ? branches.stream().map(Organization::id).toList() : List.of(branch.id());
    Map<Long, Organization> byId =
        branches.stream().collect(Collectors.toMap(Organization::id, b -> b));
    List<AdmissionCase> cases = ids.isEmpty() ? List.of() : admissions.casesOf(ids);
    AdmissionStage only = stage;
    Map<AdmissionStage, List<Card>> byStage = new EnumMap<>(AdmissionStage.class);
    for (AdmissionCase c : cases) {
      if (only != null && c.stage() != only) {
        continue;
      }
      byStage
          .computeIfAbsent(c.stage(), s -> new ArrayList<>())
          .add(
              new Card(
                  c,
                  admissions.applicant(c).fullName(),
                  byId.get(c.branchId()).name(),
                  deadline("Hạn", c.currentDue())));
    }
    List<Column> columns = new ArrayList<>();
    List<Card> closed = new ArrayList<>();
    for (AdmissionStage s : AdmissionStage.values()) {
      List<Card> cards = byStage.getOrDefault(s, List.of());
      if (s.isOpen()) {
        if (only == null || only == s) {
          columns.add(new Column(s, sortedByDue(cards)));
        }
      } else {
        closed.addAll(cards);
      }
    }
    closed.sort(
        Comparator.comparing(
                (Card k) -> k.admissionCase().closedAt(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .reversed());
    model.addAttribute("columns", columns);
    model.addAttribute("closed", closed);
    model.addAttribute("openCount", columns.stream().mapToInt(c -> c.cards().size()).sum());
    model.addAttribute("branches", branches);
    model.addAttribute("stages", AdmissionStage.values());
    model.addAttribute("selectedBranch", branch == null ? "" : branch.code());
    model.addAttribute("selectedStage", stage == null ? "" : stage.name());
    model.addAttribute("canOpen", !secretaryBranches(auth).isEmpty());
    return "admission/board";
  }

  private static List<Card> sortedByDue(List<Card> cards) {
    List<Card> sorted = new ArrayList<>(cards);
    sorted.sort(
        Comparator.comparing(
                (Card k) -> k.deadline() == null ? null : k.deadline().date(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(k -> k.admissionCase().openedAt()));
    return sorted;
  }

  // --- opening a case -------------------------------------------------------------------------

  @GetMapping("/admissions/new")
  String newCase(Authentication auth, Model model) {
    return newForm(auth, model, null, Map.of(), null);
  }

  @PostMapping("/admissions/new")
  String open(
      @RequestParam(name = "memberId", required = false) String memberText,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    List<Organization> branches = secretaryBranches(auth);
    if (branches.isEmpty()) {
      throw notSecretary();
    }
    Long memberId = null;
    try {
      memberId = memberText == null || memberText.isBlank() ? null : Long.valueOf(memberText);
    } catch (NumberFormatException e) {
      // reported below as no choice
    }
    Optional<Member> member = memberId == null ? Optional.empty() : admissions.member(memberId);
    if (member.isEmpty()) {
      response.setStatus(400);
      return newForm(auth, model, memberText, Map.of("memberId", "chưa chọn quần chúng"), null);
    }
    if (branches.stream().noneMatch(b -> b.id() == member.get().branchId())) {
      response.setStatus(400);
      return newForm(
          auth,
          model,
          memberText,
          Map.of("memberId", member.get().fullName() + " không thuộc chi bộ của đồng chí"),
          null);
    }
    try {
      AdmissionCase c = process.open(member.get().id(), auth.getName());
      return "redirect:/admissions/" + c.id() + "?opened";
    } catch (InvalidInputException e) {
      response.setStatus(400);
      return newForm(auth, model, memberText, fieldErrors(e), null);
    } catch (StepConflictException e) {
      response.setStatus(409);
      AdmissionCase existing =
          admissions.casesOf(List.of(member.get().branchId())).stream()
              .filter(c -> c.memberId() == member.get().id() && c.stage().isOpen())
              .findFirst()
              .orElse(null);
      model.addAttribute("existing", existing);
      return newForm(auth, model, memberText, Map.of(), e.getMessage());
    }
  }

  private String newForm(
      Authentication auth,
      Model model,
      String memberId,
      Map<String, String> errors,
      String conflict) {
    List<Organization> branches = secretaryBranches(auth);
    if (branches.isEmpty()) {
      throw notSecretary();
    }
    Map<Organization, List<Member>> candidates = new LinkedHashMap<>();
    for (Organization b : branches) {
      candidates.put(b, admissions.candidatesWithoutCase(b.id()));
    }
    model.addAttribute("candidates", candidates);
    model.addAttribute(
        "anyCandidate", candidates.values().stream().anyMatch(list -> !list.isEmpty()));
    model.addAttribute("memberId", memberId == null ? "" : memberId);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    return "admission/new";
  }

  // --- the case page --------------------------------------------------------------------------

  @GetMapping("/admissions/{id}")
  String detail(@PathVariable("id") String id, Authentication auth, Model model) {
    AdmissionCase c = access.visible(id, auth);
    caseModel(c, auth, model);
    documentsModel(c, auth, model, Map.of(), Map.of(), null, null);
    return "admission/detail";
  }

  @PostMapping(path = "/admissions/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @PathVariable("id") String id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "documentDate", required = false) String documentDate,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "taskId", required = false) String taskId,
      @RequestParam(name = "callbackUrl", required = false) String callbackUrl,
      Authentication auth,
      Model model,
      HttpServletResponse response)
      throws IOException {
    AdmissionCase c = access.managed(id, auth);
    // Uploading from the dossier's page form returns there, with the person's task.
    Task task = taskId == null || taskId.isBlank() ? null : workableTask(taskId, auth);
    if (task != null && !id.equals(process.caseIdOf(task))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có công việc " + taskId);
    }
    try {
      DossierDocument d =
          admissions.upload(
              id,
              kind,
              documentDate,
              file == null ? null : file.getOriginalFilename(),
              file == null || file.isEmpty() ? null : file.getBytes(),
              auth.getName());
      if (task != null) {
        return "redirect:" + taskPage(task.getId(), callbackUrl) + "&uploaded=" + d.id();
      }
      return "redirect:/admissions/" + id + "?uploaded=" + d.id();
    } catch (InvalidInputException e) {
      response.setStatus(400);
      Map<String, String> values = new HashMap<>();
      values.put("kind", kind == null ? "" : kind);
      values.put("documentDate", documentDate == null ? "" : documentDate);
      if (task != null) {
        return taskForm(task, c, callbackUrl, null, Map.of(), fieldErrors(e), values, auth, model);
      }
      caseModel(c, auth, model);
      documentsModel(c, auth, model, fieldErrors(e), values, null, null);
      return "admission/detail";
    }
  }

  @GetMapping("/admissions/{id}/documents/{documentId}")
  ResponseEntity<byte[]> download(
      @PathVariable("id") String id,
      @PathVariable("documentId") long documentId,
      Authentication auth) {
    access.visible(id, auth);
    DossierDocument d =
        admissions
            .document(documentId)
            .filter(x -> x.caseId().equals(id))
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có tài liệu " + documentId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(d.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        // the type is the one we recognised on upload; the browser must not guess another
        .header("X-Content-Type-Options", "nosniff")
        .body(admissions.content(documentId));
  }

  /** An open task as the case page lists it. */
  record OpenTask(
      String id,
      String name,
      String key,
      String href,
      boolean pageForm,
      String waitsFor,
      boolean mine,
      Task task) {}

  /** What the viewer can do now, with where to do it. */
  record NextAction(String text, String href) {}

  /** A line of the timeline with the person's name. */
  record TimelineLine(CaseEvent event, String actor) {}

  private void caseModel(AdmissionCase c, Authentication auth, Model model) {
    Organization branch = admissions.branchOf(c);
    Member applicant = admissions.applicant(c);
    List<String> groups = AdmissionAccess.groups(auth);
    Map<String, String> names = new HashMap<>();
    model.addAttribute("c", c);
    model.addAttribute("branch", branch);
    model.addAttribute("applicant", applicant);
    model.addAttribute("mentor", admissions.member(c.mentorMemberId()).orElse(null));
    model.addAttribute("current", deadline("Hạn bước hiện tại", c.currentDue()));
    // The deadlines of the other steps (met, or still to come); the current one is above.
    List<Deadline> deadlines = new ArrayList<>();
    if (c.decisionDue() != null && c.stage() != AdmissionStage.DECISION) {
      deadlines.add(deadline("Hạn cấp ủy quyết định", c.decisionDue()));
    }
    if (c.ceremonyDue() != null && c.stage() != AdmissionStage.CEREMONY) {
      deadlines.add(deadline("Hạn tổ chức lễ kết nạp", c.ceremonyDue()));
    }
    if (c.memberFileDue() != null && c.stage() != AdmissionStage.MEMBER_FILE) {
      deadlines.add(deadline("Hạn hoàn thiện hồ sơ đảng viên", c.memberFileDue()));
    }
    model.addAttribute("deadlines", deadlines);
    model.addAttribute(
        "eligibilityReasons",
        c.eligibilityReasons() == null
            ? List.of()
            : Arrays.stream(c.eligibilityReasons().split("\n")).filter(s -> !s.isBlank()).toList());
    model.addAttribute("voteSummary", c.voteDate() == null ? null : admissions.voteSummary(c));
    List<Verification> verifications = admissions.verifications(c.id());
    model.addAttribute("verifications", verifications);
    Map<String, String> verifiers = new HashMap<>();
    for (Verification v : verifications) {
      if (v.verifiedBy() != null) {
        verifiers.put(v.verifiedBy(), personName(v.verifiedBy(), names));
      }
    }
    model.addAttribute("verifiers", verifiers);
    model.addAttribute(
        "educationLabel", c.education() == null ? null : Education.valueOf(c.education()).label());
    model.addAttribute("concern", VerificationResult.CONCERN);
    List<Map<String, Object>> introducers = new ArrayList<>();
    for (IntroducerLine line : admissions.introducers(c.id())) {
      Map<String, Object> row = new HashMap<>();
      row.put("name", admissions.member(line.memberId()).map(Member::fullName).orElse("?"));
      row.put("months", line.monthsKnown());
      row.put("replacement", line.replacement());
      introducers.add(row);
    }
    model.addAttribute("introducers", introducers);
    model.addAttribute(
        "timeline",
        admissions.timeline(c.id()).stream()
            .map(e -> new TimelineLine(e, personName(e.actor(), names)))
            .toList());
    List<OpenTask> open = new ArrayList<>();
    for (Task t : process.openTasks(c.id())) {
      boolean mine = process.mayWork(t, auth.getName(), groups);
      boolean pageForm = MemberAdmissionProcess.PAGE_TASKS.contains(t.getTaskDefinitionKey());
      String href = pageForm ? taskPage(t.getId(), null) : TASKLIST_TASK + t.getId();
      String waitsFor =
          t.getAssignee() != null
              ? personName(t.getAssignee(), names)
              : process.candidateGroups(t).stream()
                  .map(this::groupLabel)
                  .collect(Collectors.joining("; "));
      String name = t.getName() + process.subject(t).map(s -> " – " + s).orElse("");
      open.add(
          new OpenTask(
              t.getId(), name, t.getTaskDefinitionKey(), href, pageForm, waitsFor, mine, t));
    }
    model.addAttribute("openTasks", open);
    List<NextAction> next = new ArrayList<>();
    for (OpenTask t : open) {
      if (t.mine()) {
        next.add(new NextAction(t.name(), t.href()));
      }
    }
    boolean keeps = access.isSecretaryOf(c.branchId(), auth);
    List<DocumentKind> missing = missing(c);
    if (keeps && uploadAllowed(c) && !missing.isEmpty() && next.isEmpty()) {
      next.add(new NextAction("Tải lên tài liệu còn thiếu của hồ sơ", "#tai-lieu"));
    }
    model.addAttribute("nextActions", next);
    model.addAttribute("diagram", process.diagram(c.id()).orElse(null));
  }

  // --- the page form of the Tasklist --------------------------------------------------------

  /** The Tasklist opens external forms with {@code ?taskId=…&callbackUrl=…}. */
  @GetMapping("/admissions/task")
  String task(
      @RequestParam("taskId") String taskId,
      @RequestParam(name = "callbackUrl", required = false) String callbackUrl,
      Authentication auth,
      Model model) {
    Task task = workableTask(taskId, auth);
    AdmissionCase c = access.visible(process.caseIdOf(task), auth);
    return taskForm(task, c, callbackUrl, null, Map.of(), Map.of(), Map.of(), auth, model);
  }

  @PostMapping("/admissions/task")
  String completeTask(
      @RequestParam("taskId") String taskId,
      @RequestParam(name = "callbackUrl", required = false) String callbackUrl,
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      HttpServletResponse response) {
    Task task = workableTask(taskId, auth);
    AdmissionCase c = access.visible(process.caseIdOf(task), auth);
    Map<String, Object> values = new HashMap<>();
    if (MemberAdmissionProcess.ASSIGN_MENTOR.equals(task.getTaskDefinitionKey())) {
      values.put("mentorMemberId", blankToNull(form.get("mentorMemberId")));
    } else {
      for (String field : DOSSIER_FIELDS) {
        values.put(field, blankToNull(form.get(field)));
      }
      for (String box : DOSSIER_CHECKBOXES) {
        values.put(box, form.containsKey(box));
      }
    }
    try {
      process.complete(taskId, auth.getName(), AdmissionAccess.groups(auth), values);
    } catch (InvalidInputException e) {
      response.setStatus(400);
      // the dossier's missing documents are listed one by one above the documents
      model.addAttribute(
          "documentErrors",
          e.errors().stream()
              .filter(x -> x.field().equals("documents"))
              .map(InvalidInputException.FieldError::reason)
              .toList());
      return taskForm(task, c, callbackUrl, form, fieldErrors(e), Map.of(), Map.of(), auth, model);
    }
    String back = TaskCallbacks.sameOriginPath(callbackUrl);
    if (back != null) {
      return "redirect:" + back;
    }
    return "redirect:/admissions/" + c.id() + "?done";
  }

  private String taskForm(
      Task task,
      AdmissionCase c,
      String callbackUrl,
      Map<String, String> submitted,
      Map<String, String> errors,
      Map<String, String> uploadErrors,
      Map<String, String> uploadValues,
      Authentication auth,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("summary", admissions.summary(c));
    model.addAttribute("branch", admissions.branchOf(c));
    model.addAttribute("taskId", task.getId());
    model.addAttribute("taskName", task.getName());
    model.addAttribute("taskKey", task.getTaskDefinitionKey());
    model.addAttribute("callbackUrl", callbackUrl);
    model.addAttribute("members", admissions.officialMembers(c));
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("documentErrors")) {
      model.addAttribute("documentErrors", List.of());
    }
    Map<String, String> values = new HashMap<>();
    if (MemberAdmissionProcess.COMPILE_DOSSIER.equals(task.getTaskDefinitionKey())) {
      if (submitted == null) {
        values.putAll(previousDossier(c));
      } else {
        values.putAll(submitted);
      }
      model.addAttribute("educations", Education.values());
      model.addAttribute(
          "eligibilityReasons",
          c.eligibilityReasons() == null
              ? List.of()
              : Arrays.stream(c.eligibilityReasons().split("\n"))
                  .filter(s -> !s.isBlank())
                  .toList());
      documentsModel(c, auth, model, uploadErrors, uploadValues, task.getId(), callbackUrl);
    } else {
      if (submitted != null) {
        values.putAll(submitted);
      } else if (c.mentorMemberId() != null) {
        values.put("mentorMemberId", c.mentorMemberId().toString());
      }
    }
    model.addAttribute("values", values);
    return "admission/task";
  }

  /**
   * A dossier sent back after the eligibility check is completed again: what was given the first
   * time is shown, so only what was wrong needs changing.
   */
  private Map<String, String> previousDossier(AdmissionCase c) {
    Map<String, String> values = new HashMap<>();
    if (c.education() != null) {
      values.put("education", c.education());
      if (c.educationExemption()) {
        values.put("educationExemption", "on");
      }
      if (c.organisationIntroduction()) {
        values.put("organisationIntroduction", "on");
      }
    }
    List<IntroducerLine> introducers = admissions.introducers(c.id());
    for (int i = 0; i < introducers.size() && i < 2; i++) {
      IntroducerLine line = introducers.get(i);
      values.put("introducer" + (i + 1) + "MemberId", Long.toString(line.memberId()));
      values.put("introducer" + (i + 1) + "Months", Integer.toString(line.monthsKnown()));
      if (line.replacement()) {
        values.put("introducer" + (i + 1) + "Replacement", "on");
      }
    }
    Map<Relation, List<String>> people = new EnumMap<>(Relation.class);
    for (Verification v : admissions.verifications(c.id())) {
      people.computeIfAbsent(v.relation(), r -> new ArrayList<>()).add(v.personName());
    }
    Map<Relation, String> fields =
        Map.of(
            Relation.FATHER, "fatherName",
            Relation.MOTHER, "motherName",
            Relation.GUARDIAN, "guardianName",
            Relation.PARENT_IN_LAW, "parentsInLaw",
            Relation.SPOUSE, "spouseName",
            Relation.ADULT_CHILD, "adultChildren");
    fields.forEach(
        (relation, field) -> {
          if (people.containsKey(relation)) {
            values.put(field, String.join(", ", people.get(relation)));
          }
        });
    return values;
  }

  /**
   * The task, if it is a step of this page and the person may work it; 404 otherwise, as if it did
   * not exist. A task already completed is a conflict (the Tasklist may still link to it).
   */
  private Task workableTask(String taskId, Authentication auth) {
    Task task =
        process
            .task(taskId)
            .orElseThrow(
                () -> new StepConflictException("Công việc này đã được hoàn thành hoặc không còn"));
    if (!MemberAdmissionProcess.PAGE_TASKS.contains(task.getTaskDefinitionKey())
        || !process.mayWork(task, auth.getName(), AdmissionAccess.groups(auth))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có công việc " + taskId);
    }
    return task;
  }

  static String taskPage(String taskId, String callbackUrl) {
    UriComponentsBuilder b =
        UriComponentsBuilder.fromPath("/admissions/task").queryParam("taskId", taskId);
    if (callbackUrl != null && !callbackUrl.isBlank()) {
      b.queryParam("callbackUrl", callbackUrl);
    }
    return b.encode().build().toUriString();
  }

  // --- the dossier's documents --------------------------------------------------------------

  /** Every version of one kind of document, newest (the one that counts) first. */
  record DocumentGroup(DocumentKind kind, List<DossierDocument> versions) {}

  private void documentsModel(
      AdmissionCase c,
      Authentication auth,
      Model model,
      Map<String, String> uploadErrors,
      Map<String, String> uploadValues,
      String taskId,
      String callbackUrl) {
    Map<DocumentKind, List<DossierDocument>> byKind = new EnumMap<>(DocumentKind.class);
    Map<String, String> uploaders = new HashMap<>();
    for (DossierDocument d : admissions.documents(c.id())) {
      byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
      uploaders.computeIfAbsent(d.uploadedBy(), u -> personName(u, new HashMap<>()));
    }
    model.addAttribute("uploaders", uploaders);
    List<DocumentGroup> groups = new ArrayList<>();
    byKind.forEach(
        (kind, versions) -> {
          List<DossierDocument> sorted = new ArrayList<>(versions);
          sorted.sort(
              Comparator.comparing(DossierDocument::uploadedAt)
                  .thenComparing(DossierDocument::id)
                  .reversed());
          groups.add(new DocumentGroup(kind, sorted));
        });
    model.addAttribute("documentGroups", groups);
    model.addAttribute("missing", missing(c));
    model.addAttribute("kinds", DocumentKind.values());
    model.addAttribute("canUpload", uploadAllowed(c) && access.isSecretaryOf(c.branchId(), auth));
    model.addAttribute("uploadErrors", uploadErrors);
    model.addAttribute("uploadValues", uploadValues);
    model.addAttribute("uploadTaskId", taskId);
    model.addAttribute("uploadCallbackUrl", callbackUrl);
  }

  /** The documents every dossier needs that it does not have yet. */
  private List<DocumentKind> missing(AdmissionCase c) {
    Map<DocumentKind, DossierDocument> current = admissions.currentDocuments(c.id());
    return Arrays.stream(DocumentKind.values())
        .filter(
            k ->
                k.isRequired()
                    || (k == DocumentKind.ORGANISATION_INTRODUCTION
                        && c.organisationIntroduction()))
        .filter(k -> !current.containsKey(k))
        .toList();
  }

  /** The dossier takes documents until it is sent for verification (AdmissionService.upload). */
  private static boolean uploadAllowed(AdmissionCase c) {
    return c.stage() == AdmissionStage.MENTOR || c.stage() == AdmissionStage.DOSSIER;
  }

  // --- helpers --------------------------------------------------------------------------------

  @ExceptionHandler(StepConflictException.class)
  String conflict(StepConflictException e, Model model, HttpServletResponse response) {
    response.setStatus(409);
    model.addAttribute("message", e.getMessage());
    return "admission/conflict";
  }

  private Deadline deadline(String label, LocalDate due) {
    if (due == null) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    return new Deadline(label, due, calendar.workingDaysBetween(today, due), due.isBefore(today));
  }

  private List<Organization> coveredBranches(Authentication auth) {
    var scope = organizationAccess.scopeOf(auth);
    return organizations.allOrganizations().stream()
        .filter(o -> o.isBranch() && scope.covers(o.id()))
        .toList();
  }

  private List<Organization> secretaryBranches(Authentication auth) {
    return organizations.allOrganizations().stream()
        .filter(o -> o.isBranch() && o.active() && access.isSecretaryOf(o.id(), auth))
        .toList();
  }

  private static ResponseStatusException notSecretary() {
    return new ResponseStatusException(
        HttpStatus.FORBIDDEN, "Chỉ bí thư, phó bí thư chi bộ mở hồ sơ kết nạp");
  }

  private String personName(String username, Map<String, String> cache) {
    if (username == null) {
      return "Hệ thống";
    }
    return cache.computeIfAbsent(
        username, u -> organizations.memberByUsername(u).map(Member::fullName).orElse(u));
  }

  /** A candidate group as people name it: the role and the organisation. */
  private String groupLabel(String groupId) {
    int dash = groupId.lastIndexOf('-');
    if (dash < 0) {
      return groupId;
    }
    Optional<Organization> org = organizations.organization(groupId.substring(0, dash));
    if (org.isEmpty()) {
      return groupId;
    }
    String role =
        switch (groupId.substring(dash + 1)) {
          case "secretary" -> "Bí thư, phó bí thư";
          case "committee" -> org.get().isBranch() ? "Chi ủy" : "Ban Chấp hành";
          case "minutes" -> "Thư ký";
          case "standing" -> "Ban Thường vụ";
          case "board" -> "Ban Tổ chức";
          case "supervisors" -> "Cấp ủy viên theo dõi";
          case "members" -> "Đảng viên";
          default -> groupId;
        };
    return role + " " + org.get().name();
  }

  private static Map<String, String> fieldErrors(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.errors().forEach(x -> errors.merge(x.field(), x.reason(), (a, b) -> a + "; " + b));
    return errors;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
