package vn.chibo.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks JSON bodies sent to the engine before the engine sees them. Rejects query bodies whose
 * {@code orQueries} carry any {@code *Expression} key (CVE-2026-109432): the engine's ban on
 * expressions in ad-hoc queries does not look inside them. Rejects a new or changed password that
 * breaks the password policy with 400 and the reason, where the engine would answer 500. Applies to
 * the engine REST API and the webapps' engine API alike.
 */
class EngineRequestGuardFilter extends OncePerRequestFilter {

  private static final Pattern PASSWORD_PATHS =
      Pattern.compile(".*/user/(create|[^/]+/credentials)$");
  private static final int MAX_BODY = 1024 * 1024;

  private final ObjectMapper objectMapper;
  private final org.camunda.bpm.engine.IdentityService identityService;

  EngineRequestGuardFilter(
      ObjectMapper objectMapper, org.camunda.bpm.engine.IdentityService identityService) {
    this.objectMapper = objectMapper;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      reject(response, 413, "Nội dung yêu cầu quá lớn.");
      return;
    }
    String offending = null;
    JsonNode json = null;
    try {
      json = objectMapper.readTree(body);
      offending = findExpressionInOrQueries(json, false);
    } catch (IOException malformed) {
      // Not JSON after all: the engine answers that itself.
    }
    if (json != null && PASSWORD_PATHS.matcher(request.getRequestURI()).matches()) {
      JsonNode password =
          json.has("credentials") ? json.get("credentials").get("password") : json.get("password");
      if (password != null
          && password.isTextual()
          && !identityService.checkPasswordAgainstPolicy(password.asText()).isValid()) {
        reject(
            response,
            400,
            "Mật khẩu không đạt chính sách: ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký"
                + " tự đặc biệt, không chứa tên đăng nhập.");
        return;
      }
    }
    if (offending != null) {
      reject(
          response,
          400,
          "Không được dùng biểu thức (" + offending + ") trong orQueries của truy vấn.");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** The first {@code *Expression} key found inside an {@code orQueries} array, or null. */
  static String findExpressionInOrQueries(JsonNode node, boolean insideOrQueries) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String found = findExpressionInOrQueries(element, insideOrQueries);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (insideOrQueries && field.getKey().endsWith("Expression")) {
          return field.getKey();
        }
        String found =
            findExpressionInOrQueries(
                field.getValue(), insideOrQueries || "orQueries".equals(field.getKey()));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private void reject(HttpServletResponse response, int status, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "about:blank",
            "title",
            status == 400 ? "Truy vấn không hợp lệ" : "Yêu cầu quá lớn",
            "status",
            status,
            "detail",
            detail));
  }

  /** The request again, its body read once and served from memory to the next filters. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
