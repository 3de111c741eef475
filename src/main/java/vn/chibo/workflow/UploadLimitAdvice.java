package vn.chibo.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the server takes at all is refused before any controller sees it: answer
 * with a problem that says so in Vietnamese, not the container's generic error.
 */
@RestControllerAdvice
class UploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Tệp tải lên lớn quá giới hạn cho phép; không có gì được lưu.");
    p.setTitle("Tệp quá lớn");
    p.setProperty(
        "errors",
        java.util.List.of(java.util.Map.of("field", "file", "reason", "tệp lớn quá giới hạn")));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}
