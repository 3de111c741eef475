package vn.chibo.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarDayRepository {

  private static final String COLUMNS = "calendar_date, kind, name, source_note";

  private final JdbcClient jdbc;

  CalendarDayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CalendarDay> findByYear(int year) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from calendar_day where calendar_date between ? and ? order by calendar_date")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query(CalendarDayRepository::map)
        .list();
  }

  Optional<CalendarDay> findByDate(LocalDate date) {
    return jdbc.sql("select " + COLUMNS + " from calendar_day where calendar_date = ?")
        .param(date)
        .query(CalendarDayRepository::map)
        .optional();
  }

  Set<Integer> years() {
    return new TreeSet<>(
        jdbc.sql(
                "select distinct cast(extract(year from calendar_date) as integer) as y"
                    + " from calendar_day")
            .query((rs, row) -> rs.getInt("y"))
            .list());
  }

  /** Fails with a {@code DuplicateKeyException} when the date already has a row. */
  void insert(CalendarDay day) {
    jdbc.sql(
            "insert into calendar_day (calendar_date, kind, name, source_note)"
                + " values (?, ?, ?, ?)")
        .params(day.date(), day.kind().name(), day.name(), day.source())
        .update();
  }

  boolean delete(LocalDate date) {
    return jdbc.sql("delete from calendar_day where calendar_date = ?").param(date).update() > 0;
  }

  private static CalendarDay map(ResultSet rs, int row) throws SQLException {
    return new CalendarDay(
        rs.getObject("calendar_date", LocalDate.class),
        DayKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("source_note"));
  }
}
