package vn.chibo.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * The problem details the application's APIs answer with: refused input names each field and why,
 * in Vietnamese; a conflict says what stands in the way; a status keeps its reason.
 */
public final class Problems {

  private Problems() {}

  /** 400 with one entry per refused field: {@code errors: [{field, reason}]}. */
  public static ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return invalid(
        e,
        HttpStatus.BAD_REQUEST,
        "Dữ liệu không hợp lệ",
        InvalidInputException.FieldError::reason);
  }

  /** Refused input with the given status and title, each reason written by {@code describe}. */
  public static ResponseEntity<ProblemDetail> invalid(
      InvalidInputException e,
      HttpStatus status,
      String title,
      Function<InvalidInputException.FieldError, String> describe) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            status,
            "Chưa lưu được: "
                + String.join("; ", e.errors().stream().map(describe).toList())
                + ".");
    p.setTitle(title);
    List<Map<String, String>> errors =
        e.errors().stream().map(x -> Map.of("field", x.field(), "reason", x.reason())).toList();
    p.setProperty("errors", errors);
    return of(p);
  }

  /** 409: the case is not where the call expects it. */
  public static ResponseEntity<ProblemDetail> conflict(String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    p.setTitle(title);
    return of(p);
  }

  /** The status and reason of a {@link ResponseStatusException} (403, 404 …). */
  public static ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    return of(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
  }

  public static ResponseEntity<ProblemDetail> of(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
