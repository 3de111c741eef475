package vn.chibo.admission;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.admission.process.MemberAdmissionProcess;
import vn.chibo.organization.OrganizationService;
import vn.chibo.workflow.InvalidInputException;
import vn.chibo.workflow.Problems;
import vn.chibo.workflow.StepConflictException;

/**
 * The admission API: open a case, add documents to its dossier, read it. Steps are completed
 * through {@code /engine-rest} like every task. Errors are problem details: 400 naming each refused
 * field, 403, 404, 409 when the case is not at the step the call expects.
 */
@RestController
class AdmissionApiController {

  private final AdmissionService admissions;
  private final AdmissionAccess access;
  private final MemberAdmissionProcess process;
  private final OrganizationService organizations;

  AdmissionApiController(
      AdmissionService admissions,
      AdmissionAccess access,
      MemberAdmissionProcess process,
      OrganizationService organizations) {
    this.admissions = admissions;
    this.access = access;
    this.process = process;
    this.organizations = organizations;
  }

  record OpenRequest(Long memberId) {}

  @PostMapping("/api/admissions")
  ResponseEntity<Map<String, Object>> open(@RequestBody OpenRequest request, Authentication auth) {
    if (request == null || request.memberId() == null) {
      throw new InvalidInputException("memberId", "chưa chọn quần chúng");
    }
    var member =
        organizations
            .member(request.memberId())
            .orElseThrow(() -> new InvalidInputException("memberId", "không có người này"));
    if (!access.isSecretaryOf(member.branchId(), auth)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Chỉ bí thư, phó bí thư chi bộ mở hồ sơ kết nạp");
    }
    AdmissionCase c = process.open(member.id(), auth.getName());
    return ResponseEntity.created(URI.create("/api/admissions/" + c.id())).body(view(c));
  }

  @GetMapping("/api/admissions/{id}")
  Map<String, Object> read(@PathVariable String id, Authentication auth) {
    return view(access.visible(id, auth));
  }

  @PostMapping(
      path = "/api/admissions/{id}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DossierDocument> upload(
      @PathVariable String id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "documentDate", required = false) String date,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication auth)
      throws IOException {
    access.managed(id, auth);
    DossierDocument d =
        admissions.upload(
            id,
            kind,
            date,
            file == null ? null : file.getOriginalFilename(),
            file == null ? null : file.getBytes(),
            auth.getName());
    return ResponseEntity.created(URI.create("/admissions/" + id + "/documents/" + d.id())).body(d);
  }

  private Map<String, Object> view(AdmissionCase c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", c.id());
    v.put("stage", c.stage().name());
    v.put("stageLabel", c.stage().label());
    v.put("applicant", admissions.applicant(c).fullName());
    v.put("branch", admissions.branchOf(c).code());
    v.put("due", c.currentDue());
    v.put("eligibilityReasons", c.eligibilityReasons());
    v.put(
        "documents",
        admissions.currentDocuments(c.id()).values().stream()
            .map(d -> Map.of("id", d.id(), "kind", d.kind().name(), "date", d.documentDate()))
            .toList());
    v.put(
        "openTasks",
        process.openTasks(c.id()).stream()
            .map(t -> Map.of("id", t.getId(), "key", t.getTaskDefinitionKey(), "name", t.getName()))
            .toList());
    return v;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return Problems.invalid(e);
  }

  @ExceptionHandler(StepConflictException.class)
  ResponseEntity<ProblemDetail> conflict(StepConflictException e) {
    return Problems.conflict("Hồ sơ không ở bước này", e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    return Problems.status(e);
  }
}
