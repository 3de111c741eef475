package vn.chibo.admission;

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
 * Who may see and who may work an admission case, for the pages and the API: a case is visible to
 * those whose roles cover its branch (a branch sees its cases, upper levels their subtree) and does
 * not exist for anyone else; the branch's secretaries open cases and keep the dossier.
 */
@Component
public class AdmissionAccess {

  private final AdmissionService admissions;
  private final OrganizationAccess access;
  private final OrganizationService organizations;

  AdmissionAccess(
      AdmissionService admissions, OrganizationAccess access, OrganizationService organizations) {
    this.admissions = admissions;
    this.access = access;
    this.organizations = organizations;
  }

  /** The case, if the person may see it; 404 otherwise, as if it did not exist. */
  public AdmissionCase visible(String id, Authentication auth) {
    AdmissionCase c =
        admissions
            .findCase(id)
            .filter(x -> access.scopeOf(auth).covers(x.branchId()))
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ " + id));
    return c;
  }

  /** The case, if the person keeps its dossier (a secretary or deputy of its branch). */
  public AdmissionCase managed(String id, Authentication auth) {
    AdmissionCase c = visible(id, auth);
    if (!isSecretaryOf(c.branchId(), auth)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Chỉ bí thư, phó bí thư chi bộ cập nhật hồ sơ kết nạp");
    }
    return c;
  }

  public boolean isSecretaryOf(long branchId, Authentication auth) {
    Organization branch = organizations.organization(branchId).orElseThrow();
    return groups(auth).contains(GroupIds.secretaries(branch.code()));
  }

  /** The engine groups the person is in, as the login put them on the authentication. */
  public static List<String> groups(Authentication auth) {
    return GroupIds.of(auth);
  }
}
