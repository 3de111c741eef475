package vn.chibo.security;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

import java.util.LinkedHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything. {@code /engine-rest} is for API clients: HTTP Basic, no session, so a
 * browser's session cookie can never drive it (no CSRF exposure). Everything else is the browser: a
 * Vietnamese login page, a session, CSRF tokens on the app's forms (the Camunda webapps bring their
 * own CSRF filter), and Cockpit and Admin for administrators only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /** The app's own pages; the webapps set their own policy through Camunda's header settings. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole("USER"))
        .httpBasic(b -> b.authenticationEntryPoint(basicEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.contentTypeOptions(c -> {}).frameOptions(f -> f.deny()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browser(HttpSecurity http, IdentityService identityService) throws Exception {
    RequestMatcher webapps =
        request -> request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    RequestMatcher api = path("/api/**");
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        path("/login"),
                        path("/css/**"),
                        path("/js/**"),
                        path("/img/**"),
                        path("/favicon.ico"),
                        path("/error"))
                    .permitAll()
                    .requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
                    .permitAll()
                    .requestMatchers(
                        path("/camunda/api/admin/setup/**"), path("/camunda/app/admin/*/setup/**"))
                    .access(setupOnlyWithoutUsers(identityService))
                    .requestMatchers(path("/camunda/api/admin/auth/**"))
                    .hasRole("USER")
                    .requestMatchers(
                        path("/camunda/app/cockpit/**"),
                        path("/camunda/app/admin/**"),
                        path("/camunda/api/cockpit/**"),
                        path("/camunda/api/admin/**"))
                    .hasRole("ADMIN")
                    .requestMatchers(
                        path("/admin/**"),
                        path("/import/**"),
                        path("/api/import/**"),
                        path("/notifications/outbox/**"))
                    .hasRole("ADMIN")
                    .requestMatchers(path("/calendar/**"))
                    .hasRole("ADMIN")
                    .anyRequest()
                    .hasRole("USER"))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        // API clients of /api/** send Basic credentials and get a 401, never the login page.
        .httpBasic(b -> b.authenticationEntryPoint(basicEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(loginPageExceptFor(api)))
        .logout(
            l ->
                l.logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("CHIBO_SESSION", "XSRF-TOKEN"))
        // An API call that carries its own credentials, or has no session at all, has no ambient
        // authority for another site to borrow; one that rides on a browser session needs the
        // token.
        .csrf(
            c ->
                c.ignoringRequestMatchers(
                    webapps,
                    new AndRequestMatcher(
                        api,
                        request ->
                            request.getHeader("Authorization") != null
                                || request.getSession(false) == null)))
        .headers(
            h ->
                h.contentTypeOptions(c -> {})
                    .frameOptions(f -> f.sameOrigin())
                    .referrerPolicy(r -> r.policy(SAME_ORIGIN))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(webapps),
                            new StaticHeadersWriter(
                                "Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
    return http.build();
  }

  /** Camunda's first-admin setup is for an empty installation only; afterwards it is closed. */
  static AuthorizationManager<RequestAuthorizationContext> setupOnlyWithoutUsers(
      IdentityService identityService) {
    return (authentication, context) ->
        new AuthorizationDecision(identityService.createUserQuery().count() == 0);
  }

  /**
   * Plain path patterns: most of these paths are served by the Camunda servlets and filters, not by
   * Spring MVC, so MVC-aware matching must not be used for them.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /**
   * The login page for everything but the given API paths. Set explicitly because with both form
   * login and Basic enabled Spring picks the entry point by the Accept header, and a client that
   * sends none would get a 401 on a page or a redirect on the API.
   */
  static AuthenticationEntryPoint loginPageExceptFor(RequestMatcher api) {
    var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    entryPoints.put(api, basicEntryPoint());
    var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }

  /** 401 with a Basic challenge, never a redirect to the login page. */
  static BasicAuthenticationEntryPoint basicEntryPoint() {
    var entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("Chi bo so");
    return entryPoint;
  }
}
