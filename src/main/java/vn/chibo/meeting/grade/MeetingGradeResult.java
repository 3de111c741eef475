package vn.chibo.meeting.grade;

/** STUB. */
public record MeetingGradeResult(int total, String grade, String label) {}
