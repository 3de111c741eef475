package vn.chibo.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.ChiboProperties;
import vn.chibo.organization.GroupIds;

/**
 * On every start: the administrators group with full grants, the configured administrator in it,
 * and the users group with access to the Tasklist. Grants only; nothing is ever revoked.
 */
@Component
@Order(StartupOrder.ACCESS)
class AccessBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final ChiboProperties properties;

  AccessBootstrap(
      IdentityService identityService,
      AuthorizationService authorizationService,
      ChiboProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.properties = properties;
  }

  static final java.util.List<String> PARTICIPANT_PROCESSES =
      java.util.List.of("BranchMeetingProcess", "ActionItemProcess", "ProbationProcess");

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureGroup(GroupIds.ADMINS, "Quản trị hệ thống", "SYSTEM");
    for (Resources resource : Resources.values()) {
      grant(GroupIds.ADMINS, resource, ANY, Permissions.ALL);
    }
    ensureGroup(GroupIds.USERS, "Người dùng Chi bộ số", GroupIds.MANAGED_TYPE);
    grant(GroupIds.USERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(GroupIds.USERS, Resources.GROUP, ANY, Permissions.READ);
    // The definitions of the processes people take part in are not secret: reading them lets the
    // Tasklist show a task's process name and diagram. Instances and tasks stay per organisation.
    for (String key : PARTICIPANT_PROCESSES) {
      grant(GroupIds.USERS, Resources.PROCESS_DEFINITION, key, Permissions.READ);
    }
    ensureAdministrator();
  }

  private void ensureAdministrator() {
    var admin = properties.admin();
    if (identityService.createUserQuery().userId(admin.username()).count() == 0) {
      if (admin.password() == null || admin.password().isBlank()) {
        throw new IllegalStateException(
            "Chưa đặt mật khẩu cho quản trị viên đầu tiên (CHIBO_ADMIN_PASSWORD).");
      }
      User user = identityService.newUser(admin.username());
      user.setFirstName(admin.fullName());
      user.setLastName("");
      user.setPassword(admin.password());
      identityService.saveUser(user);
      log.info("Created administrator account {}", admin.username());
    }
    if (identityService
            .createUserQuery()
            .userId(admin.username())
            .memberOfGroup(GroupIds.ADMINS)
            .count()
        == 0) {
      identityService.createMembership(admin.username(), GroupIds.ADMINS);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean present =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .hasPermission(permission)
                .count()
            > 0;
    if (!present) {
      var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
