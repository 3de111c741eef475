/**
 * Báo cáo và trang chủ (reporting): the start page every person lands on after login, with the
 * sections their roles call for, and the KPI queries behind it (DOMAIN.md §7). Read only: it owns
 * no table and writes nothing. It reads through the other modules' public services, and the engine
 * (open tasks, incidents, users) only in {@link vn.chibo.reporting.TaskQueries} and {@link
 * vn.chibo.reporting.AdminQueries}.
 */
package vn.chibo.reporting;
