package vn.chibo.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import vn.chibo.ChiboProperties;
import vn.chibo.admission.AdmissionAccess;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.RoleAssignment;
import vn.chibo.organization.RoleType;
import vn.chibo.reporting.AdminQueries.AdminOverview;
import vn.chibo.reporting.BranchQueries.BranchOverview;
import vn.chibo.reporting.MemberQueries.MemberOverview;
import vn.chibo.reporting.SubtreeQueries.SubtreeOverview;
import vn.chibo.reporting.TaskQueries.OpenTasks;

/**
 * Puts the start page together from the person's roles: one person may lead a branch and sit on a
 * committee above it, so every section that applies is there, each at most once.
 *
 * <ul>
 *   <li>every member with a login: the next meeting, own tasks, own resolution tasks, notices;
 *   <li>secretary, deputy or committee member of a branch: that branch's section;
 *   <li>leadership, standing committee or organisation board of an organisation above branches: its
 *       subtree's section (a subtree inside another one the person covers is not repeated);
 *   <li>administrators: the system's section.
 * </ul>
 */
@Service
public class HomeQueries {

  static final int TASKS = 10;

  private final OrganizationService organizations;
  private final MemberQueries memberQueries;
  private final TaskQueries taskQueries;
  private final BranchQueries branchQueries;
  private final SubtreeQueries subtreeQueries;
  private final AdminQueries adminQueries;
  private final ChiboProperties properties;

  HomeQueries(
      OrganizationService organizations,
      MemberQueries memberQueries,
      TaskQueries taskQueries,
      BranchQueries branchQueries,
      SubtreeQueries subtreeQueries,
      AdminQueries adminQueries,
      ChiboProperties properties) {
    this.organizations = organizations;
    this.memberQueries = memberQueries;
    this.taskQueries = taskQueries;
    this.branchQueries = branchQueries;
    this.subtreeQueries = subtreeQueries;
    this.adminQueries = adminQueries;
    this.properties = properties;
  }

  public HomePage homeOf(Authentication auth) {
    String username = auth.getName();
    boolean admin =
        auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    AdminOverview adminOverview = admin ? adminQueries.overview() : null;
    Member member = organizations.memberByUsername(username).orElse(null);
    if (member == null) {
      String name =
          username.equals(properties.admin().username()) ? properties.admin().fullName() : username;
      return new HomePage(
          "Xin chào, " + name, List.of(), null, null, List.of(), List.of(), adminOverview);
    }

    Map<Long, Organization> orgs =
        organizations.allOrganizations().stream()
            .collect(Collectors.toMap(Organization::id, Function.identity()));
    List<RoleAssignment> roles = organizations.activeRolesOf(member.id());

    Set<Long> led = new HashSet<>();
    Set<Long> roots = new HashSet<>();
    for (RoleAssignment r : roles) {
      Organization o = orgs.get(r.organizationId());
      if (o == null || !o.active()) {
        continue;
      }
      if (o.isBranch() && r.role().isLeadership()) {
        led.add(o.id());
      } else if (!o.isBranch() && r.role().coversSubtree()) {
        roots.add(o.id());
      }
    }

    List<BranchOverview> branches =
        led.stream()
            .map(orgs::get)
            .sorted(Comparator.comparing(Organization::code))
            .map(branchQueries::overviewOf)
            .toList();

    List<SubtreeOverview> subtrees = new ArrayList<>();
    for (Organization root : outermost(roots, orgs)) {
      Set<Long> below = organizations.subtreeIds(root.id());
      List<Organization> active =
          below.stream()
              .map(orgs::get)
              .filter(o -> o != null && o.isBranch() && o.active())
              .toList();
      subtrees.add(subtreeQueries.overviewOf(root, active, orgs));
    }

    return new HomePage(
        "Xin chào, đồng chí " + member.fullName(),
        roleLines(roles, orgs),
        memberQueries.overviewOf(member, orgs.get(member.branchId()), username),
        taskQueries.openTasksOf(username, AdmissionAccess.groups(auth), TASKS),
        branches,
        subtrees,
        adminOverview);
  }

  /** The roots that are not inside another root's subtree, highest level first. */
  private static List<Organization> outermost(Set<Long> roots, Map<Long, Organization> orgs) {
    List<Organization> result = new ArrayList<>();
    for (Long id : roots) {
      boolean inside = false;
      Organization o = orgs.get(id);
      Organization up = o.parentId() == null ? null : orgs.get(o.parentId());
      for (int guard = 0; up != null && guard <= orgs.size(); guard++) {
        if (roots.contains(up.id())) {
          inside = true;
          break;
        }
        up = up.parentId() == null ? null : orgs.get(up.parentId());
      }
      if (!inside) {
        result.add(o);
      }
    }
    result.sort(
        Comparator.comparing((Organization x) -> x.type().ordinal())
            .thenComparing(Organization::code));
    return result;
  }

  /** "Bí thư, Ủy viên Ban Thường vụ – Đảng bộ xã Mỹ Bằng", one line per organisation. */
  private static List<String> roleLines(List<RoleAssignment> roles, Map<Long, Organization> orgs) {
    Map<Organization, Set<String>> byOrg = new LinkedHashMap<>();
    roles.stream()
        .sorted(Comparator.comparing((RoleAssignment r) -> r.role().ordinal()))
        .forEach(
            r -> {
              Organization o = orgs.get(r.organizationId());
              if (o == null) {
                return;
              }
              // In a branch the committee is the chi ủy (DOMAIN.md §1).
              String label =
                  o.isBranch() && r.role() == RoleType.COMMITTEE_MEMBER
                      ? "Chi ủy viên"
                      : r.role().label();
              byOrg.computeIfAbsent(o, k -> new java.util.LinkedHashSet<>()).add(label);
            });
    return byOrg.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().type().ordinal()))
        .map(e -> String.join(", ", e.getValue()) + " – " + e.getKey().name())
        .toList();
  }

  /**
   * The start page of one person.
   *
   * @param roles the person's roles today, one line per organisation
   * @param member null for an account without a member record (the administrator)
   * @param tasks null for an account without a member record
   * @param branches one section per branch the person leads
   * @param subtrees one section per organisation above branches the person covers
   * @param admin null unless the person is an administrator
   */
  public record HomePage(
      String greeting,
      List<String> roles,
      MemberOverview member,
      OpenTasks tasks,
      List<BranchOverview> branches,
      List<SubtreeOverview> subtrees,
      AdminOverview admin) {}
}
