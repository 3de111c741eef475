/**
 * Sinh hoạt chi bộ (branch meetings): opening the month's meetings, agenda with the unfinished
 * tasks of earlier resolutions, committee agreement, notice, roll call and minutes, the vote on the
 * resolution and the self-assessed grade. Owns the tables {@code meeting}, {@code agenda_item},
 * {@code attendance} and {@code absence_review}. Its {@code process} package is the only code that
 * talks to the engine about {@code BranchMeetingProcess} and {@code MeetingSchedulerProcess}.
 */
package vn.chibo.meeting;
