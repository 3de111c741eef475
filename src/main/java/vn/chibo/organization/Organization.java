package vn.chibo.organization;

import java.util.Objects;

/**
 * A node of the organisation tree (tổ chức đảng).
 *
 * @param competentCommitteeId the committee that decides admissions for this node and below; null
 *     when the parent's applies
 */
public record Organization(
    long id,
    String code,
    String name,
    OrganizationType type,
    Long parentId,
    Long competentCommitteeId,
    boolean active) {

  public Organization {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public boolean isBranch() {
    return type == OrganizationType.BRANCH;
  }
}
