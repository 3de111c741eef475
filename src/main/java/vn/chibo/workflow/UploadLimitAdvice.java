package vn.chibo.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload larger than the server takes at all is refused before any controller sees it. An API
 * client gets a problem that says so in Vietnamese, not the container's generic error; a person who
 * sent a form goes back to the page it came from, which says so above its content.
 */
@RestControllerAdvice
class UploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String back = path.startsWith("/api/") ? null : samePage(request);
    if (back != null) {
      FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
      flash.put("uploadTooLarge", Boolean.TRUE);
      flash.setTargetRequestPath(URI.create(back).getPath());
      RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
    }
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Tệp tải lên lớn quá giới hạn cho phép; không có gì được lưu.");
    p.setTitle("Tệp quá lớn");
    p.setProperty(
        "errors",
        java.util.List.of(java.util.Map.of("field", "file", "reason", "tệp lớn quá giới hạn")));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /** The page the form was on, when the browser says and it is one of this site's; else null. */
  static String samePage(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null || referer.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(referer);
      boolean sameSite =
          uri.getHost() == null
              || uri.getHost().equalsIgnoreCase(request.getServerName())
                  && (uri.getPort() == -1 || uri.getPort() == request.getServerPort());
      String page = uri.getRawPath();
      if (!sameSite || page == null || !page.startsWith("/") || page.startsWith("//")) {
        return null;
      }
      return page + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException bad) {
      return null;
    }
  }
}
