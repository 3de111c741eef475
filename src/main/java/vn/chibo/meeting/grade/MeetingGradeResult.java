package vn.chibo.meeting.grade;

/**
 * The grade of one meeting.
 *
 * @param total the sum of the rubric scores (0–100)
 * @param grade the grade code: {@code GOOD}, {@code FAIR}, {@code AVERAGE} or {@code POOR}
 * @param label the grade as people read it: "Tốt", "Khá", "Trung bình" or "Kém"
 */
public record MeetingGradeResult(int total, String grade, String label) {}
