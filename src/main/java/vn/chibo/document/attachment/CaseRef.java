package vn.chibo.document.attachment;

import java.util.Objects;

/**
 * A case files can be attached to, as far as attachments need to know it: its business key, its
 * branch now and the page that shows it.
 */
record CaseRef(String key, long branchId, String branchCode, String pagePath) {
  CaseRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(branchCode, "branchCode");
    Objects.requireNonNull(pagePath, "pagePath");
  }
}
