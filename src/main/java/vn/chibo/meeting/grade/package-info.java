/**
 * Xếp loại buổi sinh hoạt chi bộ: the 100-point rubric a branch scores its own meeting with and the
 * grade that follows (DOMAIN.md §2). The rubric items and their maximum points are configuration
 * ({@link vn.chibo.meeting.grade.MeetingRubric}, {@code chibo.meeting.rubric}); the grade
 * boundaries live in the {@code MeetingGrade} decision table ({@code
 * processes/decisions/meeting-grade.dmn}), one rule set per effective date. Other modules call
 * {@link vn.chibo.meeting.grade.MeetingGradeDecision}.
 */
package vn.chibo.meeting.grade;
