/**
 * Tệp đính kèm: files people attach to a meeting, an admission or a probation case, from the case's
 * page or from one of its tasks — PDF, images and Word documents, recognised by their content,
 * within a size limit. A case's files are seen by those who see the case and added by its branch's
 * secretaries and committee or by whoever works one of its open tasks; they are never overwritten
 * or deleted. Owns the {@code attachment} table.
 */
package vn.chibo.document.attachment;
