package vn.chibo.meeting;

import java.util.Objects;

/** One point of a meeting's agenda, with what the minutes say about it. */
public record AgendaItem(
    long id,
    String meetingId,
    AgendaSection section,
    int sortOrder,
    String title,
    Long sourceActionItemId,
    String notes,
    String speakers) {

  public AgendaItem {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
  }

  /** Put on the agenda because an earlier resolution's task is not finished. */
  public boolean isCarriedOver() {
    return sourceActionItemId != null;
  }
}
