package vn.chibo.admission;

/** An official member introducing the applicant, and how long they have known them. */
public record IntroducerLine(long memberId, int monthsKnown, boolean replacement) {}
