package vn.chibo.organization;

/**
 * A member's branch or status changed in the registry (by a step of a process, a page or an
 * import), published in the transaction that changed it, for the cases that follow the member.
 */
public record MemberChanged(
    long memberId,
    long branchBefore,
    long branchAfter,
    MemberStatus statusBefore,
    MemberStatus statusAfter) {

  public boolean movedBranch() {
    return branchBefore != branchAfter;
  }

  public boolean statusChanged() {
    return statusBefore != statusAfter;
  }
}
