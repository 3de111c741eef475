package vn.chibo.organization;

/**
 * Camunda group ids derived from the organisation tree. These ids appear as candidate groups in the
 * BPMN models, so their shape is part of the contract between the registry and the processes.
 */
public final class GroupIds {

  /** Everyone who may log in: grants the Tasklist and the app's pages. */
  public static final String USERS = "chibo-users";

  /** Camunda's built-in administrators group. */
  public static final String ADMINS = "camunda-admin";

  /** The group type that marks a group as owned by the registry (the sync manages its members). */
  public static final String MANAGED_TYPE = "chibo";

  private GroupIds() {}

  /** Bí thư and Phó Bí thư of an organisation. */
  public static String secretaries(String orgCode) {
    return orgCode + "-secretary";
  }

  /** The committee (chi ủy / cấp ủy); in a branch without one, the secretary and deputy. */
  public static String committee(String orgCode) {
    return orgCode + "-committee";
  }

  /** Every member with a login in a branch. */
  public static String members(String orgCode) {
    return orgCode + "-members";
  }

  public static String minuteTakers(String orgCode) {
    return orgCode + "-minutes";
  }

  /** The upper-level members who follow a branch (cấp ủy viên cấp trên theo dõi). */
  public static String supervisors(String orgCode) {
    return orgCode + "-supervisors";
  }

  /** The standing committee (ban thường vụ) of a committee. */
  public static String standing(String orgCode) {
    return orgCode + "-standing";
  }

  /** The organisation board (ban tổ chức) of a committee. */
  public static String board(String orgCode) {
    return orgCode + "-board";
  }

  /** The engine groups a signed-in person is in: the login puts them on as {@code GROUP_<id>}. */
  public static java.util.List<String> of(org.springframework.security.core.Authentication auth) {
    return auth.getAuthorities().stream()
        .map(a -> a.getAuthority())
        .filter(a -> a.startsWith("GROUP_"))
        .map(a -> a.substring("GROUP_".length()))
        .toList();
  }
}
