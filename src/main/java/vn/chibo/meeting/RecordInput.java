package vn.chibo.meeting;

import java.util.List;

/**
 * A meeting's record as a page or an API client submits it (JSON). Members are named by their
 * registry code, agenda items by id; the service turns it into a {@link
 * MeetingService.MeetingRecord} and refuses unknown codes field by field.
 *
 * <pre>{"start":"2026-12-03T08:00","end":"2026-12-03T10:00","chairedBy":"…","minutesBy":"…",
 *  "rollCall":[{"member":"MB01-001","presence":"PRESENT"}],
 *  "minutes":[{"agendaItemId":1,"notes":"…","speakers":"…"}],
 *  "actionItems":[{"title":"…","assignee":"MB01-003","dueDate":"2026-12-31"}]}</pre>
 */
public record RecordInput(
    String start,
    String end,
    String chairedBy,
    String minutesBy,
    String guests,
    List<RollCall> rollCall,
    List<Minutes> minutes,
    List<Task> actionItems) {

  public RecordInput {
    rollCall = rollCall == null ? List.of() : rollCall;
    minutes = minutes == null ? List.of() : minutes;
    actionItems = actionItems == null ? List.of() : actionItems;
  }

  public record RollCall(String member, String presence, String reason) {}

  public record Minutes(Long agendaItemId, String notes, String speakers) {}

  public record Task(String title, String assignee, String dueDate) {}
}
