package vn.chibo.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailPreferenceRepository {

  private final JdbcClient jdbc;

  MailPreferenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Boolean> emailEnabled(String username) {
    return jdbc.sql("select email_enabled from mail_preference where username = ?")
        .param(username)
        .query(Boolean.class)
        .optional();
  }

  /** Everyone who chose notices only; few people, one query. */
  java.util.Set<String> optedOut() {
    return new java.util.HashSet<>(
        jdbc.sql("select username from mail_preference where email_enabled = false")
            .query(String.class)
            .list());
  }

  void save(String username, boolean enabled, LocalDateTime at) {
    int updated =
        jdbc.sql("update mail_preference set email_enabled = ?, updated_at = ? where username = ?")
            .params(enabled, Timestamp.valueOf(at), username)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into mail_preference (username, email_enabled, updated_at) values (?, ?, ?)")
          .params(username, enabled, Timestamp.valueOf(at))
          .update();
    }
  }
}
