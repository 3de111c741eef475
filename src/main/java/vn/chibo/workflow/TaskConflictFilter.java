package vn.chibo.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives task completion over the engine's REST API (both {@code /engine-rest} and the Tasklist's
 * {@code /camunda/api/engine}) the answers people and clients need, where the engine would say 500:
 *
 * <ul>
 *   <li>400 with the refused fields when the input was refused ({@link InvalidInputException});
 *   <li>409 when the task was completed by someone else first, or the case moved on ({@link
 *       StepConflictException}, an optimistic-locking failure, or the task no longer exists).
 * </ul>
 *
 * The body is an RFC 9457 problem with a {@code message} member too, which the Tasklist shows.
 */
public class TaskConflictFilter extends OncePerRequestFilter {

  private static final Pattern COMPLETION =
      Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(Cannot (complete task|submit task form) \\S+: )?(Exception while invoking TaskListener: )?");

  /** The engine's built-in code for an optimistic-locking failure. */
  private static final int OPTIMISTIC_LOCKING = 1;

  private final ObjectMapper mapper;
  private final TaskService tasks;
  private final HistoryService history;
  private final org.camunda.bpm.engine.IdentityService identity;

  public TaskConflictFilter(
      ObjectMapper mapper,
      TaskService tasks,
      HistoryService history,
      org.camunda.bpm.engine.IdentityService identity) {
    this.mapper = mapper;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !COMPLETION.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = COMPLETION.matcher(request.getRequestURI());
    String taskId = m.matches() ? m.group(1) : null;
    var wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    int status = wrapper.getStatus();
    if (status < 400 || status == 401) {
      wrapper.copyBodyToResponse();
      return;
    }
    if (status == 403) {
      // Completing a task removes its authorizations: whoever comes second is refused for a task
      // that no longer exists, which is a conflict, not a missing right.
      if (taskId != null && taskEnded(taskId)) {
        rewrite(
            wrapper,
            409,
            "Công việc đã thay đổi",
            "Công việc này đã được hoàn thành (có thể bởi người khác). Hãy tải lại danh sách công"
                + " việc.",
            false);
      } else {
        wrapper.copyBodyToResponse();
      }
      return;
    }
    JsonNode body = parse(wrapper.getContentAsByteArray());
    int code = body == null ? 0 : body.path("code").asInt(0);
    String message = body == null ? "" : clean(body.path("message").asText(""));
    if (code == EngineErrorCodes.INVALID_INPUT) {
      rewrite(wrapper, 400, "Dữ liệu không hợp lệ", message, true);
    } else if (code == StepConflictException.CODE || code == OPTIMISTIC_LOCKING) {
      rewrite(wrapper, 409, "Công việc đã thay đổi", conflictMessage(message), false);
    } else if (status >= 500 && taskId != null && taskEnded(taskId)) {
      rewrite(
          wrapper,
          409,
          "Công việc đã thay đổi",
          "Công việc này đã được hoàn thành (có thể bởi người khác). Hãy tải lại danh sách công việc.",
          false);
    } else {
      wrapper.copyBodyToResponse();
    }
  }

  /**
   * The reason our code gave, without the engine's wrapping: "Cannot complete task …: ENGINE-03051
   * There was an exception while invoking the TaskListener. Message: '…'".
   */
  static String clean(String message) {
    String m = PREFIX.matcher(message).replaceFirst("");
    int quoted = m.indexOf("Message: '");
    if (quoted >= 0) {
      int start = quoted + "Message: '".length();
      int end = m.lastIndexOf('\'');
      m = end > start ? m.substring(start, end) : m.substring(start);
      m = PREFIX.matcher(m).replaceFirst("");
    }
    return m;
  }

  private static String conflictMessage(String message) {
    return message.isBlank() || message.startsWith("ENGINE-")
        ? "Công việc này vừa được người khác cập nhật hoặc hoàn thành. Hãy tải lại và thử lại."
        : message;
  }

  /**
   * The task existed and is finished. Asked without the caller's authorization, which may not cover
   * history: the answer only decides between 409 and 500 and reveals nothing else.
   */
  private boolean taskEnded(String taskId) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
        return false;
      }
      return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private JsonNode parse(byte[] content) {
    try {
      return content.length == 0 ? null : mapper.readTree(content);
    } catch (IOException e) {
      return null;
    }
  }

  private void rewrite(
      ContentCachingResponseWrapper wrapper,
      int status,
      String title,
      String detail,
      boolean withFields)
      throws IOException {
    ObjectNode problem = mapper.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    String text = detail;
    ArrayNode errors = mapper.createArrayNode();
    if (withFields) {
      // "field: reason; field: reason" — people read the reasons, clients get the fields too
      StringBuilder reasons = new StringBuilder("Chưa lưu được: ");
      for (String part : detail.split("; ")) {
        int colon = part.indexOf(": ");
        if (colon > 0) {
          String reason = part.substring(colon + 2);
          errors.addObject().put("field", part.substring(0, colon)).put("reason", reason);
          reasons.append(errors.size() > 1 ? "; " : "").append(reason);
        }
      }
      if (!errors.isEmpty()) {
        text = reasons.append('.').toString();
      }
    }
    problem.put("detail", text);
    // The Tasklist shows "message".
    problem.put("message", text);
    if (withFields) {
      problem.set("errors", errors);
    }
    wrapper.resetBuffer();
    HttpServletResponse raw = (HttpServletResponse) wrapper.getResponse();
    raw.setStatus(status);
    raw.setContentType("application/problem+json;charset=UTF-8");
    byte[] bytes = mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    raw.setContentLength(bytes.length);
    raw.getOutputStream().write(bytes);
    raw.flushBuffer();
  }
}
