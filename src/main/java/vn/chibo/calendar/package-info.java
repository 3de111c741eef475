/**
 * Lịch ngày làm việc: the working-day calendar of Vietnamese civil servants. It owns the {@code
 * calendar_day} table, in which holidays, days off in lieu and swapped days are data per year (the
 * schedules change every year by decision, so nothing about them is a constant in code), the
 * administrators' page that edits it, and the due-date arithmetic every other module uses through
 * {@link vn.chibo.calendar.WorkingDayCalendar}: "n working days after", "working days between" and
 * the conversion of a day into a Camunda due date in Vietnam's time zone.
 */
package vn.chibo.calendar;
