package vn.chibo.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingService;
import vn.chibo.meeting.MeetingStatus;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.notification.Notice;
import vn.chibo.notification.NotificationService;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.resolution.ActionItem;
import vn.chibo.resolution.ResolutionService;

/**
 * What every member with a login finds on the start page: the next meeting of the branch, the tasks
 * resolutions gave them that are still owed, and the latest notices. Four queries.
 */
@Service
public class MemberQueries {

  static final int NOTICES = 5;

  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final NotificationService notifications;
  private final Clock clock;

  MemberQueries(
      MeetingService meetings,
      ResolutionService resolutions,
      NotificationService notifications,
      Clock clock) {
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.notifications = notifications;
    this.clock = clock;
  }

  public MemberOverview overviewOf(Member member, Organization branch, String username) {
    LocalDate today = LocalDate.now(clock);
    // Today's meeting still counts as the next one until it is recorded; a missed one no longer.
    Meeting next =
        meetings.meetingsOf(member.branchId()).stream()
            .filter(m -> !m.status().isHeld() && m.status() != MeetingStatus.MISSED)
            .filter(m -> !m.scheduledDate().isBefore(today))
            .min(Comparator.comparing(Meeting::scheduledStart))
            .orElse(null);
    List<MyActionItem> items =
        resolutions.actionItemsOfAssignee(member.id()).stream()
            .filter(i -> i.status().isUnfinished())
            .sorted(Comparator.comparing(ActionItem::dueDate).thenComparing(ActionItem::id))
            .map(i -> new MyActionItem(i, i.dueDate().isBefore(today)))
            .toList();
    return new MemberOverview(
        branch,
        next,
        items,
        notifications.inbox(username, NOTICES),
        notifications.unreadCount(username));
  }

  /**
   * @param branch the member's own branch
   * @param nextMeeting null when none is planned yet
   * @param actionItems open or reported not done, soonest due first
   * @param notices the newest few
   * @param unreadNotices of all the person's notices, not only those shown
   */
  public record MemberOverview(
      Organization branch,
      Meeting nextMeeting,
      List<MyActionItem> actionItems,
      List<Notice> notices,
      int unreadNotices) {

    /** "Thứ Tư, 03/03/2027 lúc 08:00" */
    public String nextMeetingWhen() {
      return nextMeeting == null
          ? null
          : MeetingTexts.when(nextMeeting.scheduledDate(), nextMeeting.startTime());
    }

    public long overdueActionItems() {
      return actionItems.stream().filter(MyActionItem::overdue).count();
    }
  }

  public record MyActionItem(ActionItem item, boolean overdue) {}
}
