package vn.chibo.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The registry's pages: the tree, an organisation or branch, a member, and name search. */
@Controller
class OrganizationController {

  private static final int SEARCH_LIMIT = 50;

  private final OrganizationService service;
  private final OrganizationAccess access;

  OrganizationController(OrganizationService service, OrganizationAccess access) {
    this.service = service;
    this.access = access;
  }

  @GetMapping("/organizations")
  String tree(Authentication auth, Model model) {
    var scope = access.scopeOf(auth);
    model.addAttribute("roots", visibleRoots(service.tree(), scope));
    return "organization/tree";
  }

  /** The highest visible nodes of each branch of the tree, with only visible nodes below them. */
  private static List<OrganizationService.TreeNode> visibleRoots(
      List<OrganizationService.TreeNode> nodes, OrganizationAccess.Scope scope) {
    List<OrganizationService.TreeNode> result = new ArrayList<>();
    for (var node : nodes) {
      if (scope.covers(node.organization().id())) {
        result.add(prune(node, scope));
      } else {
        result.addAll(visibleRoots(node.children(), scope));
      }
    }
    return result;
  }

  private static OrganizationService.TreeNode prune(
      OrganizationService.TreeNode node, OrganizationAccess.Scope scope) {
    return new OrganizationService.TreeNode(
        node.organization(),
        node.children().stream()
            .filter(c -> scope.covers(c.organization().id()))
            .map(c -> prune(c, scope))
            .toList());
  }

  @GetMapping("/organizations/{code}")
  String organization(@PathVariable String code, Authentication auth, Model model) {
    Organization org = service.organization(code).orElseThrow(OrganizationController::notFound);
    var scope = access.scopeOf(auth);
    if (!scope.covers(org.id())) {
      throw forbidden();
    }
    model.addAttribute("org", org);
    List<Organization> path = new ArrayList<>(service.pathToRoot(org.id()));
    path.remove(0);
    java.util.Collections.reverse(path);
    model.addAttribute("path", path);
    model.addAttribute("competent", service.competentCommittee(org.id()).orElse(null));
    model.addAttribute("roles", roleRows(service.activeRolesIn(org.id())));
    if (org.isBranch()) {
      List<Member> members = service.membersOf(org.id());
      Map<MemberStatus, List<Member>> byStatus = new LinkedHashMap<>();
      for (MemberStatus s : MemberStatus.values()) {
        List<Member> ofStatus = members.stream().filter(m -> m.status() == s).toList();
        if (!ofStatus.isEmpty()) {
          byStatus.put(s, ofStatus);
        }
      }
      Map<MemberStatus, Integer> counts = service.statusCounts(org.id());
      model.addAttribute("membersByStatus", byStatus);
      model.addAttribute("officialCount", counts.getOrDefault(MemberStatus.OFFICIAL, 0));
      model.addAttribute("probationaryCount", counts.getOrDefault(MemberStatus.PROBATIONARY, 0));
      model.addAttribute("exemptedCount", counts.getOrDefault(MemberStatus.EXEMPTED, 0));
      model.addAttribute("hasCommittee", service.hasElectedCommittee(org.id()));
      return "organization/branch";
    }
    List<Organization> children =
        service.allOrganizations().stream()
            .filter(o -> org.id() == (o.parentId() == null ? -1 : o.parentId()))
            .sorted(Comparator.comparing(Organization::code))
            .toList();
    model.addAttribute("children", children);
    return "organization/committee";
  }

  @GetMapping("/members/{code}")
  String member(@PathVariable String code, Authentication auth, Model model) {
    Member member = service.member(code).orElseThrow(OrganizationController::notFound);
    if (!access.scopeOf(auth).covers(member.branchId())) {
      throw forbidden();
    }
    Map<Long, Organization> orgs =
        service.allOrganizations().stream()
            .collect(Collectors.toMap(Organization::id, Function.identity()));
    model.addAttribute("member", member);
    model.addAttribute("branch", orgs.get(member.branchId()));
    model.addAttribute("history", service.statusHistory(member.id()));
    model.addAttribute(
        "roles",
        service.allRolesOf(member.id()).stream()
            .map(
                r ->
                    new MemberRoleRow(
                        r, orgs.get(r.organizationId()), r.isActiveOn(service.today())))
            .toList());
    return "organization/member";
  }

  @GetMapping("/members")
  String search(
      @RequestParam(name = "q", defaultValue = "") String query, Authentication auth, Model model) {
    var scope = access.scopeOf(auth);
    Set<Long> branches =
        service.allOrganizations().stream()
            .filter(Organization::isBranch)
            .map(Organization::id)
            .filter(scope::covers)
            .collect(Collectors.toSet());
    Map<Long, Organization> orgs =
        service.allOrganizations().stream()
            .collect(Collectors.toMap(Organization::id, Function.identity()));
    model.addAttribute("query", query);
    model.addAttribute("orgs", orgs);
    model.addAttribute("results", service.search(query, branches, SEARCH_LIMIT));
    return "organization/search";
  }

  private List<RoleRow> roleRows(List<RoleAssignment> roles) {
    return roles.stream()
        .filter(r -> r.role() != RoleType.MENTOR)
        .map(r -> new RoleRow(r, service.member(r.memberId()).orElse(null)))
        .toList();
  }

  record RoleRow(RoleAssignment role, Member member) {}

  record MemberRoleRow(RoleAssignment role, Organization organization, boolean active) {}

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
  }

  private static ResponseStatusException forbidden() {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem mục này.");
  }
}
