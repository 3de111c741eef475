package vn.chibo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.ChiboProperties;
import vn.chibo.security.StartupOrder;

/**
 * Keeps Camunda users, groups and memberships equal to what the registry says today. Idempotent: a
 * second run changes nothing. Runs in the caller's transaction, so a registry change and its groups
 * commit or roll back together. Only groups of type {@link GroupIds#MANAGED_TYPE} are touched.
 */
@Component
@Order(StartupOrder.IDENTITY_SYNC)
class IdentitySync implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

  private final IdentityService identityService;
  private final OrganizationRepository organizations;
  private final MemberRepository members;
  private final RoleRepository roles;
  private final JdbcClient jdbc;
  private final ChiboProperties properties;
  private final Clock clock;

  IdentitySync(
      IdentityService identityService,
      OrganizationRepository organizations,
      MemberRepository members,
      RoleRepository roles,
      JdbcClient jdbc,
      ChiboProperties properties,
      Clock clock) {
    this.identityService = identityService;
    this.organizations = organizations;
    this.members = members;
    this.roles = roles;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    syncAll();
  }

  /** Terms end at midnight: the first run of the day takes the groups of an ended term away. */
  @Scheduled(cron = "5 0 0 * * *", zone = "Asia/Ho_Chi_Minh")
  @Transactional
  public void nightly() {
    syncAll();
  }

  /** Brings users, groups and memberships in line with the registry; returns what it changed. */
  @Transactional
  public synchronized Changes syncAll() {
    LocalDate today = LocalDate.now(clock);
    Map<Long, Organization> orgs =
        organizations.findAll().stream()
            .collect(Collectors.toMap(Organization::id, Function.identity()));
    List<RoleAssignment> activeRoles = roles.activeOn(today);
    Set<Long> withRole =
        activeRoles.stream().map(RoleAssignment::memberId).collect(Collectors.toSet());

    Map<String, String> groupNames = new LinkedHashMap<>();
    Map<String, Set<String>> wanted = new HashMap<>();
    groupNames.put(GroupIds.USERS, "Người dùng Chi bộ số");
    for (Organization o : orgs.values()) {
      if (o.isBranch()) {
        groupNames.put(GroupIds.members(o.code()), "Đảng viên – " + o.name());
        groupNames.put(GroupIds.minuteTakers(o.code()), "Thư ký – " + o.name());
        groupNames.put(GroupIds.supervisors(o.code()), "Cấp trên theo dõi – " + o.name());
      } else {
        groupNames.put(GroupIds.standing(o.code()), "Ban Thường vụ – " + o.name());
        groupNames.put(GroupIds.board(o.code()), "Ban Tổ chức – " + o.name());
      }
      groupNames.put(GroupIds.secretaries(o.code()), "Bí thư, Phó Bí thư – " + o.name());
      groupNames.put(
          GroupIds.committee(o.code()), (o.isBranch() ? "Chi ủy – " : "Cấp ủy – ") + o.name());
    }

    Changes changes = new Changes();
    Set<String> takenUsernames = new HashSet<>(existingUserIds());
    Map<Long, String> usernameOf = new HashMap<>();
    for (Member m : members.findAll()) {
      if (!m.status().hasAccount() && !withRole.contains(m.id())) {
        continue;
      }
      String username = m.username();
      if (username == null) {
        username = Usernames.propose(m.fullName(), takenUsernames);
        members.update(withUsername(m, username));
      }
      takenUsernames.add(username);
      ensureUser(m, username, changes);
      usernameOf.put(m.id(), username);
      add(wanted, GroupIds.USERS, username);
      Organization branch = orgs.get(m.branchId());
      if (m.status().hasAccount() && branch != null) {
        add(wanted, GroupIds.members(branch.code()), username);
      }
    }
    for (RoleAssignment r : activeRoles) {
      String username = usernameOf.get(r.memberId());
      Organization org = orgs.get(r.organizationId());
      if (username == null || org == null) {
        continue;
      }
      for (String group : groupsFor(r.role(), org)) {
        add(wanted, group, username);
      }
    }

    Map<String, Group> existing =
        identityService.createGroupQuery().groupType(GroupIds.MANAGED_TYPE).list().stream()
            .collect(Collectors.toMap(Group::getId, Function.identity()));
    for (var e : groupNames.entrySet()) {
      Group g = existing.get(e.getKey());
      if (g == null) {
        g = identityService.newGroup(e.getKey());
        g.setType(GroupIds.MANAGED_TYPE);
        g.setName(e.getValue());
        identityService.saveGroup(g);
        changes.groupsCreated++;
      } else if (!e.getValue().equals(g.getName())) {
        g.setName(e.getValue());
        identityService.saveGroup(g);
      }
    }

    Map<String, Set<String>> current = currentManagedMemberships();
    Set<String> allGroups = new TreeSet<>(current.keySet());
    allGroups.addAll(wanted.keySet());
    for (String group : allGroups) {
      Set<String> have = current.getOrDefault(group, Set.of());
      Set<String> want = wanted.getOrDefault(group, Set.of());
      for (String user : want) {
        if (!have.contains(user)) {
          identityService.createMembership(user, group);
          changes.membershipsAdded++;
        }
      }
      for (String user : have) {
        if (!want.contains(user)) {
          identityService.deleteMembership(user, group);
          changes.membershipsRemoved++;
        }
      }
    }
    if (changes.any()) {
      log.info(
          "Identity sync: {} users and {} groups created, {} memberships added, {} removed",
          changes.usersCreated,
          changes.groupsCreated,
          changes.membershipsAdded,
          changes.membershipsRemoved);
    }
    return changes;
  }

  private static List<String> groupsFor(RoleType role, Organization org) {
    String code = org.code();
    List<String> groups = new ArrayList<>();
    switch (role) {
      case SECRETARY, DEPUTY_SECRETARY -> {
        groups.add(GroupIds.secretaries(code));
        groups.add(GroupIds.committee(code));
      }
      case COMMITTEE_MEMBER -> groups.add(GroupIds.committee(code));
      case MINUTE_TAKER -> {
        if (org.isBranch()) {
          groups.add(GroupIds.minuteTakers(code));
        }
      }
      case SUPERVISING_MEMBER -> {
        if (org.isBranch()) {
          groups.add(GroupIds.supervisors(code));
        }
      }
      case STANDING_COMMITTEE_MEMBER -> {
        if (!org.isBranch()) {
          groups.add(GroupIds.standing(code));
        }
      }
      case ORGANIZATION_BOARD_MEMBER -> {
        if (!org.isBranch()) {
          groups.add(GroupIds.board(code));
        }
      }
      case MENTOR -> {
        // A mentor's work is tied to one person's case, not to a group.
      }
    }
    return groups;
  }

  private void ensureUser(Member m, String username, Changes changes) {
    User user = identityService.createUserQuery().userId(username).singleResult();
    String[] names = PersonName.split(m.fullName());
    if (user == null) {
      user = identityService.newUser(username);
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(m.email());
      if (properties.demo().enabled() && properties.demo().password() != null) {
        user.setPassword(properties.demo().password());
      }
      identityService.saveUser(user);
      changes.usersCreated++;
    } else if (!names[0].equals(user.getFirstName())
        || !names[1].equals(user.getLastName())
        || !java.util.Objects.equals(m.email(), user.getEmail())) {
      user.setFirstName(names[0]);
      user.setLastName(names[1]);
      user.setEmail(m.email());
      identityService.saveUser(user);
    }
  }

  private List<String> existingUserIds() {
    return identityService.createUserQuery().list().stream().map(User::getId).toList();
  }

  /**
   * Memberships of the managed groups, read in one query. The identity API can only list them group
   * by group, which at a province's size means thousands of queries per sync.
   */
  private Map<String, Set<String>> currentManagedMemberships() {
    Map<String, Set<String>> result = new HashMap<>();
    jdbc.sql(
            "select m.GROUP_ID_, m.USER_ID_ from ACT_ID_MEMBERSHIP m join ACT_ID_GROUP g"
                + " on g.ID_ = m.GROUP_ID_ where g.TYPE_ = ?")
        .param(GroupIds.MANAGED_TYPE)
        .query(
            (rs, row) -> {
              add(result, rs.getString(1), rs.getString(2));
              return null;
            })
        .list();
    return result;
  }

  private static void add(Map<String, Set<String>> map, String group, String user) {
    map.computeIfAbsent(group, k -> new HashSet<>()).add(user);
  }

  private static Member withUsername(Member m, String username) {
    return new Member(
        m.id(),
        m.code(),
        m.fullName(),
        m.birthDate(),
        m.gender(),
        m.branchId(),
        m.status(),
        m.statusSince(),
        m.admissionDecisionDate(),
        m.ceremonyDate(),
        m.recognitionDate(),
        m.email(),
        m.phone(),
        username);
  }

  /** What one sync changed. */
  static final class Changes {
    int usersCreated;
    int groupsCreated;
    int membershipsAdded;
    int membershipsRemoved;

    boolean any() {
      return usersCreated + groupsCreated + membershipsAdded + membershipsRemoved > 0;
    }
  }
}
