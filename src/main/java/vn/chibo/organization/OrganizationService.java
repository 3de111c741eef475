package vn.chibo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation registry's public API: the tree, members, roles and their changes. */
@Service
public class OrganizationService {

  /** A branch elects a committee (chi ủy) only from this many official members (DOMAIN.md §1). */
  public static final int MIN_OFFICIAL_MEMBERS_FOR_COMMITTEE = 9;

  private final OrganizationRepository organizations;
  private final MemberRepository members;
  private final RoleRepository roles;
  private final IdentitySync identitySync;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrganizationService(
      OrganizationRepository organizations,
      MemberRepository members,
      RoleRepository roles,
      IdentitySync identitySync,
      ApplicationEventPublisher events,
      Clock clock) {
    this.organizations = organizations;
    this.members = members;
    this.roles = roles;
    this.identitySync = identitySync;
    this.events = events;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public List<Organization> allOrganizations() {
    return organizations.findAll();
  }

  public Optional<Organization> organization(long id) {
    return organizations.findById(id);
  }

  public Optional<Organization> organization(String code) {
    return organizations.findByCode(code);
  }

  public Optional<Member> member(long id) {
    return members.findById(id);
  }

  public Optional<Member> member(String code) {
    return members.findByCode(code);
  }

  /** The members with these ids, in one query per thousand: lists that name many people. */
  public List<Member> members(Collection<Long> ids) {
    return members.findByIds(ids);
  }

  public Optional<Member> memberByUsername(String username) {
    return members.findByUsername(username);
  }

  public List<Member> membersOf(long branchId) {
    return members.findByBranch(branchId);
  }

  public List<RoleAssignment> activeRolesOf(long memberId) {
    return roles.activeForMember(memberId, today());
  }

  public List<RoleAssignment> activeRolesIn(long organizationId) {
    return roles.activeForOrganization(organizationId, today());
  }

  /** The members holding one of {@code roles} in an organisation today, each once. */
  public List<Member> holders(long organizationId, Set<RoleType> roles) {
    LocalDate today = today();
    return activeRolesIn(organizationId).stream()
        .filter(r -> roles.contains(r.role()) && r.isActiveOn(today))
        .map(RoleAssignment::memberId)
        .distinct()
        .map(this::member)
        .flatMap(Optional::stream)
        .toList();
  }

  public List<RoleAssignment> allRolesOf(long memberId) {
    return roles.findAllForMember(memberId);
  }

  public List<StatusChange> statusHistory(long memberId) {
    return members.statusHistory(memberId);
  }

  public Map<MemberStatus, Integer> statusCounts(long branchId) {
    Map<MemberStatus, Integer> counts = new EnumMap<>(MemberStatus.class);
    counts.putAll(members.countByStatus(branchId));
    return counts;
  }

  /** Whether the branch is large enough to have an elected committee (≥ 9 official members). */
  public boolean hasElectedCommittee(long branchId) {
    return statusCounts(branchId).getOrDefault(MemberStatus.OFFICIAL, 0)
        >= MIN_OFFICIAL_MEMBERS_FOR_COMMITTEE;
  }

  /** The tree from the roots down, each node with its children in code order. */
  public List<TreeNode> tree() {
    List<Organization> all = organizations.findAll();
    Map<Long, List<Organization>> byParent = new LinkedHashMap<>();
    for (Organization o : all) {
      byParent.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
    }
    return build(byParent, null);
  }

  private static List<TreeNode> build(Map<Long, List<Organization>> byParent, Long parentId) {
    return byParent.getOrDefault(parentId, List.of()).stream()
        .sorted(Comparator.comparing(Organization::code))
        .map(o -> new TreeNode(o, build(byParent, o.id())))
        .toList();
  }

  /** The node and its ancestors up to the root, nearest first. */
  public List<Organization> pathToRoot(long organizationId) {
    Map<Long, Organization> byId = byId();
    List<Organization> path = new ArrayList<>();
    Organization current = byId.get(organizationId);
    while (current != null && path.size() <= byId.size()) {
      path.add(current);
      current = current.parentId() == null ? null : byId.get(current.parentId());
    }
    return path;
  }

  /** The ids of the node and every node below it. */
  public Set<Long> subtreeIds(long organizationId) {
    return subtreeIds(Set.of(organizationId));
  }

  Set<Long> subtreeIds(Set<Long> roots) {
    List<Organization> all = organizations.findAll();
    Set<Long> result = new HashSet<>(roots);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Organization o : all) {
        if (o.parentId() != null && result.contains(o.parentId()) && result.add(o.id())) {
          grew = true;
        }
      }
    }
    return result;
  }

  /**
   * The committee competent to decide admissions for a node: the nearest node, from this one up,
   * that names one. Since 2025 this is a property of the tree, not a fixed level (DOMAIN.md §0).
   */
  public Optional<Organization> competentCommittee(long organizationId) {
    Map<Long, Organization> byId = byId();
    return pathToRoot(organizationId).stream()
        .map(Organization::competentCommitteeId)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(byId::get);
  }

  /**
   * Members whose name matches the query ignoring case and diacritics, within the given branches.
   */
  public List<Member> search(String query, Set<Long> branchIds, int limit) {
    String folded = SearchText.fold(query);
    if (folded.isEmpty()) {
      return List.of();
    }
    return members.search(folded, branchIds, limit);
  }

  private Map<Long, Organization> byId() {
    return organizations.findAll().stream()
        .collect(Collectors.toMap(Organization::id, Function.identity()));
  }

  // --- changes -------------------------------------------------------------------------------

  /** Moves a member to a new status from {@code validFrom}, keeping the history. */
  @Transactional
  public Member changeStatus(long memberId, MemberStatus status, LocalDate validFrom, String note) {
    Member before = existing(memberId);
    return store(before, before.withStatus(status, validFrom), note);
  }

  /**
   * Admits a person: probationary member from the ceremony, party seniority from the date of the
   * admission decision (DOMAIN.md §4, §5).
   */
  @Transactional
  public Member admit(long memberId, LocalDate decisionDate, LocalDate ceremonyDate, String note) {
    Member m = existing(memberId);
    return store(
        m,
        m.withStatus(MemberStatus.PROBATIONARY, ceremonyDate)
            .withPartyDates(decisionDate, ceremonyDate, null),
        note);
  }

  /**
   * Recognises a probationary member as official with effect from {@code effectiveDate}, the day
   * probation ended, however late the vote or decision came (DOMAIN.md §5).
   */
  @Transactional
  public Member recognise(long memberId, LocalDate effectiveDate, String note) {
    Member m = existing(memberId);
    return store(
        m,
        m.withStatus(MemberStatus.OFFICIAL, effectiveDate)
            .withPartyDates(m.admissionDecisionDate(), m.ceremonyDate(), effectiveDate),
        note);
  }

  private Member existing(long memberId) {
    return members
        .findById(memberId)
        .orElseThrow(() -> new IllegalArgumentException("Không có đảng viên " + memberId));
  }

  private Member store(Member before, Member changed, String note) {
    members.update(changed);
    members.recordStatus(changed.id(), changed.status(), changed.statusSince(), note);
    identitySync.syncAll();
    events.publishEvent(
        new MemberChanged(
            changed.id(),
            before.branchId(),
            changed.branchId(),
            before.status(),
            changed.status()));
    return changed;
  }

  /** Gives a member a role for a term; groups follow at once. */
  @Transactional
  public long assignRole(
      long memberId, long organizationId, RoleType role, LocalDate from, LocalDate to) {
    long id = roles.insert(new RoleAssignment(0, memberId, organizationId, role, from, to, null));
    identitySync.syncAll();
    return id;
  }

  /**
   * Ends a role's term: from {@code endDate} on the member no longer holds it; groups follow at
   * once.
   */
  @Transactional
  public void endRole(long roleId, LocalDate endDate) {
    roles.endTerm(roleId, endDate);
    identitySync.syncAll();
  }

  /** A node with its children. */
  public record TreeNode(Organization organization, List<TreeNode> children) {}
}
