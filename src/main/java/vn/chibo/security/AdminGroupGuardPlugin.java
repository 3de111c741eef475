package vn.chibo.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import vn.chibo.organization.GroupIds;

/**
 * Keeps {@code camunda-admin} from ever losing its last direct member, whichever way the change
 * comes (Admin webapp, REST, Java API): removing that membership, deleting that user or deleting
 * the group is refused. Without it an installation can lock its administrators out for good.
 */
@Component
class AdminGroupGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return org.camunda.bpm.engine.impl.identity.WritableIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new GuardedIdentityProvider();
          }
        });
  }

  static final class GuardedIdentityProvider extends DbIdentityServiceProvider {

    static final String LAST_ADMIN =
        "Nhóm quản trị camunda-admin phải luôn còn ít nhất một thành viên trực tiếp.";

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      if (GroupIds.ADMINS.equals(groupId) && isOnlyAdmin(userId)) {
        throw new BadUserRequestException(LAST_ADMIN);
      }
      return super.deleteMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      if (isOnlyAdmin(userId)) {
        throw new BadUserRequestException(LAST_ADMIN);
      }
      return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      if (GroupIds.ADMINS.equals(groupId)) {
        throw new BadUserRequestException(LAST_ADMIN);
      }
      return super.deleteGroup(groupId);
    }

    private boolean isOnlyAdmin(String userId) {
      var admins = createUserQuery().memberOfGroup(GroupIds.ADMINS).list();
      return admins.size() == 1 && admins.stream().map(User::getId).anyMatch(userId::equals);
    }
  }
}
