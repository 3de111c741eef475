package vn.chibo.admission.probation;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.chibo.organization.GroupIds;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationAccess;
import vn.chibo.organization.OrganizationService;

/**
 * Who may see a probation case and who opens one, for the pages: a case is visible to those whose
 * roles cover the member's branch now (the branch sees its cases, upper levels their subtree) and
 * does not exist for anyone else; the branch's secretary and deputies open cases.
 */
@Component
class ProbationAccess {

  private final ProbationService probation;
  private final OrganizationAccess access;
  private final OrganizationService organizations;

  ProbationAccess(
      ProbationService probation, OrganizationAccess access, OrganizationService organizations) {
    this.probation = probation;
    this.access = access;
    this.organizations = organizations;
  }

  /** The case, if the person may see it; 404 otherwise, as if it did not exist. */
  ProbationCase visible(String id, Authentication auth) {
    return probation
        .findCase(id)
        .filter(c -> access.scopeOf(auth).covers(c.branchId()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id));
  }

  /** The branches the person's roles cover, active or not: old cases stay readable. */
  List<Organization> coveredBranches(Authentication auth) {
    var scope = access.scopeOf(auth);
    return organizations.allOrganizations().stream()
        .filter(o -> o.isBranch() && scope.covers(o.id()))
        .toList();
  }

  /** The active branches where the person is secretary or deputy: where they open cases. */
  List<Organization> secretaryBranches(Authentication auth) {
    List<String> groups = groups(auth);
    return organizations.allOrganizations().stream()
        .filter(o -> o.isBranch() && o.active())
        .filter(o -> groups.contains(GroupIds.secretaries(o.code())))
        .toList();
  }

  /** The engine groups the person is in, as the login put them on the authentication. */
  static List<String> groups(Authentication auth) {
    return GroupIds.of(auth);
  }
}
