package vn.chibo.calendar;

/** The date already has a calendar row; a date has at most one. */
class DuplicateCalendarDayException extends RuntimeException {

  private final transient CalendarDay existing;

  DuplicateCalendarDayException(CalendarDay existing) {
    super("calendar day " + existing.date() + " already exists");
    this.existing = existing;
  }

  CalendarDay existing() {
    return existing;
  }
}
