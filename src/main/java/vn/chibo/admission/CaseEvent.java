package vn.chibo.admission;

import java.time.LocalDateTime;

/** A line of the case's timeline: who did what, when. */
public record CaseEvent(LocalDateTime at, String actor, AdmissionStage stage, String text) {}
