package vn.chibo.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client against the running application. No cookie store: the browser session is
 * carried by hand, so tests can read the raw {@code Set-Cookie} headers (Secure, HttpOnly) the
 * server sends, while still using the session over plain http on the loopback.
 */
public final class Http {

  public static final String DEMO_PASSWORD = "ChiBo@2026!";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public HttpResponse<String> post(
      String path, String contentType, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
        headers);
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return post(path, "application/json", json, headers);
  }

  /** A multipart/form-data POST: text fields and one file (sent as octet-stream). */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content,
      String... headers) {
    return postMultipart(
        path, fields, fileField, fileName, "application/octet-stream", content, headers);
  }

  /** A multipart/form-data POST: text fields and one file of the given content type. */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String fileType,
      byte[] content,
      String... headers) {
    String boundary = "----chibo" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    fields.forEach(
        (k, v) ->
            text.accept(
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + k
                    + "\"\r\n\r\n"
                    + v
                    + "\r\n"));
    if (fileField != null) {
      text.accept(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + fileField
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: "
              + fileType
              + "\r\n\r\n");
      body.writeBytes(content);
      text.accept("\r\n");
    }
    text.accept("--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        headers);
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Header arguments for HTTP Basic. */
  public static String[] basic(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new String[] {"Authorization", "Basic " + token};
  }

  /** Logs in through the login page as a browser would; returns the session. */
  public Session login(String user, String password) {
    HttpResponse<String> page = get("/login");
    String cookie = sessionCookie(page.headers().allValues("Set-Cookie"));
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("login page has no CSRF token");
    }
    String form =
        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    HttpResponse<String> result =
        post("/login", "application/x-www-form-urlencoded", form, "Cookie", cookie);
    List<String> setCookies = result.headers().allValues("Set-Cookie");
    String after = setCookies.isEmpty() ? cookie : sessionCookie(setCookies);
    return new Session(this, after, result, setCookies);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String sessionCookie(List<String> setCookies) {
    return setCookies.stream()
        .filter(c -> c.startsWith("CHIBO_SESSION="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElse("");
  }

  /** A logged-in browser session. */
  public record Session(
      Http http, String cookie, HttpResponse<String> loginResponse, List<String> loginSetCookies) {

    public boolean loggedIn() {
      String location = loginResponse.headers().firstValue("Location").orElse("");
      return loginResponse.statusCode() == 302 && !location.contains("error");
    }

    public HttpResponse<String> get(String path) {
      return http.get(path, "Cookie", cookie);
    }

    /**
     * Posts a form the way the browser would from {@code pagePath}: with that page's CSRF token.
     */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> form) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
              .matcher(get(pagePath).body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on " + pagePath);
      }
      StringBuilder body =
          new StringBuilder("_csrf=")
              .append(java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
      form.forEach(
          (k, v) ->
              body.append('&')
                  .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.post(
          action, "application/x-www-form-urlencoded", body.toString(), "Cookie", cookie);
    }

    public HttpResponse<byte[]> getBytes(String path) {
      return http.getBytes(path, "Cookie", cookie);
    }

    /**
     * Posts a multipart form with one file the way the browser would from {@code pagePath}: with
     * that page's CSRF token among the fields.
     */
    public HttpResponse<String> upload(
        String pagePath,
        String action,
        Map<String, String> fields,
        String fileField,
        String fileName,
        String fileType,
        byte[] content) {
      java.util.regex.Matcher m = CSRF.matcher(get(pagePath).body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on " + pagePath);
      }
      Map<String, String> all = new java.util.LinkedHashMap<>(fields);
      all.put("_csrf", m.group(1));
      return http.postMultipart(
          action, all, fileField, fileName, fileType, content, "Cookie", cookie);
    }
  }
}
