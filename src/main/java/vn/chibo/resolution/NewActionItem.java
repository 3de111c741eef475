package vn.chibo.resolution;

import java.time.LocalDate;

/** A task the meeting assigns: what, to whom (member id), by when. Validated by the service. */
public record NewActionItem(String title, Long assigneeMemberId, LocalDate dueDate) {}
