package vn.chibo.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of organisations and members: a page for administrators and the same through an API.
 * Access (administrators only) is set in the security configuration for both paths.
 */
@Controller
class ImportController {

  static final String PROBLEM_TITLE = "Tệp nhập không hợp lệ";

  private final ImportService service;

  ImportController(ImportService service) {
    this.service = service;
  }

  @GetMapping("/import")
  String form(Model model) {
    model.addAttribute("kinds", ImportKind.values());
    model.addAttribute("kind", ImportKind.ORGANIZATIONS.param());
    return "organization/import";
  }

  @PostMapping("/import")
  String upload(
      @RequestParam(name = "kind", defaultValue = "") String kind,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model) {
    model.addAttribute("kinds", ImportKind.values());
    model.addAttribute("kind", kind);
    model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
    model.addAttribute("result", run(kind, file));
    return "organization/import";
  }

  @PostMapping("/api/import/{kind}")
  @ResponseBody
  ResponseEntity<?> api(
      @PathVariable String kind,
      @RequestParam(name = "file", required = false) MultipartFile file) {
    ImportResult result = run(kind, file);
    if (result.succeeded()) {
      return ResponseEntity.ok(result);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Tệp có "
                + result.errors().size()
                + " lỗi; không có dữ liệu nào được ghi. Hãy sửa các lỗi rồi nhập lại cả tệp.");
    problem.setTitle(PROBLEM_TITLE);
    problem.setProperty("errors", result.errors());
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private ImportResult run(String kind, MultipartFile file) {
    Optional<ImportKind> known = ImportKind.fromParam(kind);
    if (known.isEmpty()) {
      return ImportResult.rejected(
          List.of(
              ImportError.ofFile(
                  "Loại dữ liệu không hợp lệ: chọn organizations (tổ chức đảng) hoặc members"
                      + " (đảng viên).")));
    }
    return service.importFile(known.get(), file);
  }
}
