package vn.chibo.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, started from the Maven artifact (no Docker).
 * Each caller gets a fresh database on it. The server stops itself when the JVM exits.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;
  private static final AtomicInteger databases = new AtomicInteger();

  private TestPostgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("PostgreSQL for the tests did not start", e);
      }
    }
    return server;
  }

  /** Creates an empty database owned by a password-protected role; returns its JDBC URL. */
  public static String newDatabase(String prefix) {
    String name = prefix + "_" + databases.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "do $$ begin if not exists (select from pg_roles where rolname = 'chibo') then"
              + " create role chibo login password 'chibo-test-pw'; end if; end $$");
      s.execute("create database " + name + " owner chibo");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("chibo", name);
  }

  public static final String USER = "chibo";
  public static final String PASSWORD = "chibo-test-pw";
}
