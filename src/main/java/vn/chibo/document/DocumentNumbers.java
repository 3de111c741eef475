package vn.chibo.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers per issuing body, kind and year (01, 02, … from January each year). The next
 * number is taken by incrementing the counter row in the caller's transaction: a second issue at
 * the same moment waits for the row and gets the number after; a number taken by a transaction that
 * then fails is lost with it, never given to another document.
 */
@Component
class DocumentNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number for the body, kind and year; must run inside the issuing transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  int next(long issuerId, String symbol, int year) {
    if (increment(issuerId, symbol, year) == 0) {
      // The year's first number: create the counter on its own, so that a concurrent first issue
      // that created it already does not fail this transaction, then take the number as usual.
      separately.executeWithoutResult(
          status -> {
            try {
              jdbc.sql(
                      "insert into document_counter (issuer_id, symbol, doc_year, last_number)"
                          + " values (?, ?, ?, 0)")
                  .params(issuerId, symbol, year)
                  .update();
            } catch (DuplicateKeyException alreadyThere) {
              status.setRollbackOnly();
            }
          });
      if (increment(issuerId, symbol, year) == 0) {
        throw new IllegalStateException("Không tạo được sổ đăng ký văn bản " + symbol);
      }
    }
    return jdbc.sql(
            "select last_number from document_counter"
                + " where issuer_id = ? and symbol = ? and doc_year = ?")
        .params(issuerId, symbol, year)
        .query(Integer.class)
        .single();
  }

  private int increment(long issuerId, String symbol, int year) {
    return jdbc.sql(
            "update document_counter set last_number = last_number + 1"
                + " where issuer_id = ? and symbol = ? and doc_year = ?")
        .params(issuerId, symbol, year)
        .update();
  }
}
