package vn.chibo.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notices. Every read and write is scoped to one username. */
@Repository
class NoticeRepository {

  private final JdbcClient jdbc;

  NoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the notice unless its dedupe key is already there; returns whether it inserted. */
  boolean insertIfAbsent(InAppNotice n, LocalDateTime now) {
    return jdbc.sql(
                "insert into notice (dedupe_key, username, title, body, link, reference,"
                    + " created_at) select ?, ?, ?, ?, ?, ?, ? from (values (1)) as one (x)"
                    + " where not exists (select 1 from notice where dedupe_key = ?)")
            .params(
                n.dedupeKey(),
                n.username(),
                n.title(),
                n.body(),
                n.link(),
                n.reference(),
                now,
                n.dedupeKey())
            .update()
        > 0;
  }

  List<Notice> newestFirst(String username, int limit) {
    return jdbc.sql(
            "select id, username, title, body, link, reference, created_at, read_at from notice"
                + " where username = ? order by created_at desc, id desc fetch first ? rows only")
        .params(username, limit)
        .query(NoticeRepository::map)
        .list();
  }

  int unreadCount(String username) {
    return jdbc.sql("select count(*) from notice where username = ? and read_at is null")
        .param(username)
        .query(Integer.class)
        .single();
  }

  boolean exists(String username, long id) {
    return jdbc.sql("select count(*) from notice where id = ? and username = ?")
            .params(id, username)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Marks one notice read; the first reading time stays. Returns the rows changed. */
  int markRead(String username, long id, LocalDateTime now) {
    return jdbc.sql(
            "update notice set read_at = ? where id = ? and username = ? and read_at is null")
        .params(now, id, username)
        .update();
  }

  int markAllRead(String username, LocalDateTime now) {
    return jdbc.sql("update notice set read_at = ? where username = ? and read_at is null")
        .params(now, username)
        .update();
  }

  private static Notice map(ResultSet rs, int row) throws SQLException {
    return new Notice(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getString("reference"),
        rs.getObject("created_at", LocalDateTime.class),
        rs.getObject("read_at", LocalDateTime.class));
  }
}
