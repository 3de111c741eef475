package vn.chibo.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.chibo.organization.GroupIds;

/**
 * Checks a login against the Camunda identity service, which holds the only copy of each password
 * (salted hash, password policy, and lock-out after repeated failures). The user must belong to the
 * users group or the administrators; the groups become authorities {@code GROUP_<id>}.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  static final String ROLE_ADMIN = "ROLE_ADMIN";
  static final String ROLE_USER = "ROLE_USER";

  private final IdentityService identityService;

  CamundaUserAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || username.isBlank() || credentials == null) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    if (!identityService.checkPassword(username, credentials.toString())) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    List<GrantedAuthority> authorities = authoritiesOf(identityService, username);
    if (authorities.stream().noneMatch(a -> a.getAuthority().startsWith("ROLE_"))) {
      throw new BadCredentialsException("Tài khoản không còn quyền truy cập.");
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
  }

  static List<GrantedAuthority> authoritiesOf(IdentityService identityService, String username) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (Group g : identityService.createGroupQuery().groupMember(username).list()) {
      authorities.add(new SimpleGrantedAuthority("GROUP_" + g.getId()));
      if (GroupIds.ADMINS.equals(g.getId())) {
        authorities.add(new SimpleGrantedAuthority(ROLE_ADMIN));
        authorities.add(new SimpleGrantedAuthority(ROLE_USER));
      } else if (GroupIds.USERS.equals(g.getId())) {
        authorities.add(new SimpleGrantedAuthority(ROLE_USER));
      }
    }
    return authorities.stream().distinct().toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
