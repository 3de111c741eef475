package vn.chibo.organization;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Which organisations a signed-in person may see: those their roles cover (leadership, standing
 * committee and organisation board see the whole subtree; a supervising member, minute-taker or
 * mentor sees the branch), plus their own branch. Administrators see everything.
 */
@Service
public class OrganizationAccess {

  private final OrganizationService organizations;

  OrganizationAccess(OrganizationService organizations) {
    this.organizations = organizations;
  }

  public Scope scopeOf(Authentication authentication) {
    if (authentication == null) {
      return Scope.NONE;
    }
    boolean admin =
        authentication.getAuthorities().stream()
            .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    if (admin) {
      return new Scope(true, Set.of());
    }
    return organizations
        .memberByUsername(authentication.getName())
        .map(this::scopeOfMember)
        .orElse(Scope.NONE);
  }

  Scope scopeOfMember(Member member) {
    Set<Long> roots = new HashSet<>();
    Set<Long> single = new HashSet<>();
    if (member.status().hasAccount()) {
      single.add(member.branchId());
    }
    for (RoleAssignment role : organizations.activeRolesOf(member.id())) {
      if (role.role().coversSubtree()) {
        roots.add(role.organizationId());
      } else {
        single.add(role.organizationId());
      }
    }
    Set<Long> covered = new HashSet<>(single);
    if (!roots.isEmpty()) {
      covered.addAll(organizations.subtreeIds(roots));
    }
    return new Scope(false, covered);
  }

  /** The organisations a person may see; {@code all} for administrators. */
  public record Scope(boolean all, Set<Long> organizationIds) {
    static final Scope NONE = new Scope(false, Set.of());

    public boolean covers(long organizationId) {
      return all || organizationIds.contains(organizationId);
    }
  }
}
