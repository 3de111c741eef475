package vn.chibo.meeting.grade;

import java.util.Map;

/** STUB. */
public record RubricScores(Map<String, Integer> scores) {}
