package vn.chibo.admission.probation;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chibo.organization.MemberChanged;
import vn.chibo.organization.MemberStatus;

/**
 * The registry's changes reach the open probation case of the member, in the same transaction: a
 * member who left the Party or the organisation ends it, a member moved to another branch takes it
 * along.
 */
@Component
class RegistryChanges {

  private static final Set<MemberStatus> LEAVING =
      Set.of(
          MemberStatus.REMOVED,
          MemberStatus.EXPELLED,
          MemberStatus.DECEASED,
          MemberStatus.TRANSFERRED_OUT);

  private final ProbationService probations;

  RegistryChanges(ProbationService probations) {
    this.probations = probations;
  }

  @EventListener
  void on(MemberChanged change) {
    if (change.statusChanged() && LEAVING.contains(change.statusAfter())) {
      probations.memberLeft(
          change.memberId(), "Sổ đảng viên ghi: " + change.statusAfter().label(), "registry");
    } else if (change.movedBranch()) {
      probations.memberTransferred(change.memberId(), "registry");
    }
  }
}
