package vn.chibo.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar (lịch ngày làm việc): every deadline counted in working days goes
 * through here. A day is a working day when it is Monday to Friday and not a {@link
 * DayKind#HOLIDAY} row, or when it is a Saturday or Sunday with a {@link DayKind#WORKDAY} row.
 *
 * <p>Rows are read once per year and kept in memory, since deadlines ask about the same few months
 * over and over. An edit through this service drops the year at once. The entries also expire after
 * a few minutes, so that an edit made on another application node is seen here without a restart.
 *
 * <p>A year without any row is almost certainly a year nobody has entered yet, not a year without
 * holidays: it is logged once as a warning and only weekends count as days off, so deadlines keep
 * working but may come out a few days early.
 */
@Service
public class WorkingDayCalendar {

  /** Deadlines are Vietnamese office days, wherever the server runs. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Where {@link #endOfDay(LocalDate)} puts a deadline: the last second of the day. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /**
   * The largest number of working days one call may add: about ten years. The longest deadline in
   * the rules is months, so anything beyond this is a mistake, and it keeps a wrong argument from
   * walking through centuries of calendar.
   */
  public static final int MAX_WORKING_DAYS = 2_600;

  /** The widest range {@link #workingDaysBetween} counts, for the same reason (about 20 years). */
  static final long MAX_RANGE_DAYS = 366L * 20;

  /** Beyond this many consecutive days off something is wrong with the data. */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

  private static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarDayRepository repository;
  private final Clock clock;
  private final ConcurrentMap<Integer, CachedYear> cache = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** Counts edits, so that a year read while an edit was being written is not kept. */
  private final AtomicLong edits = new AtomicLong();

  WorkingDayCalendar(CalendarDayRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Whether people work on this day. */
  public boolean isWorkingDay(LocalDate date) {
    requireDate(date, "date");
    CalendarDay row = rowOf(date);
    if (row != null) {
      return row.kind() == DayKind.WORKDAY;
    }
    return !VietnameseDates.isWeekend(date);
  }

  /**
   * Whether the day is a day off by a calendar row (a holiday, a day off in lieu, a swapped day).
   * An ordinary Saturday or Sunday is not a holiday.
   */
  public boolean isHoliday(LocalDate date) {
    requireDate(date, "date");
    CalendarDay row = rowOf(date);
    return row != null && row.kind() == DayKind.HOLIDAY;
  }

  /** The Vietnamese name of the holiday on this day, e.g. "Tết Nguyên đán Bính Ngọ". */
  public Optional<String> holidayName(LocalDate date) {
    requireDate(date, "date");
    CalendarDay row = rowOf(date);
    return row != null && row.kind() == DayKind.HOLIDAY
        ? Optional.of(row.name())
        : Optional.empty();
  }

  /** The calendar row of this day, if it has one (a holiday or a worked weekend day). */
  public Optional<CalendarDay> day(LocalDate date) {
    requireDate(date, "date");
    return Optional.ofNullable(rowOf(date));
  }

  /**
   * The n-th working day after {@code start} (n &gt; 0) or before it (n &lt; 0); {@code start}
   * itself when n is 0, working day or not. {@code start} is never counted: 1 working day after
   * Friday 13/02/2026 is Monday 23/02/2026, because Tết Bính Ngọ fills the week between.
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    requireDate(start, "start");
    if (Math.abs((long) n) > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "n must be between -" + MAX_WORKING_DAYS + " and " + MAX_WORKING_DAYS + ", was " + n);
    }
    int step = Integer.signum(n);
    LocalDate date = start;
    for (int counted = 0; counted < Math.abs(n); ) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * How many working days lie after {@code fromExclusive} up to and including {@code toInclusive};
   * negative, counted the same way from the other end, when {@code toInclusive} is the earlier
   * date. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n &gt;= 0.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    requireDate(fromExclusive, "fromExclusive");
    requireDate(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    if (ChronoUnit.DAYS.between(fromExclusive, toInclusive) > MAX_RANGE_DAYS) {
      throw new IllegalArgumentException(
          "the range from " + fromExclusive + " to " + toInclusive + " is longer than 20 years");
    }
    int count = 0;
    for (LocalDate date = fromExclusive.plusDays(1);
        !date.isAfter(toInclusive);
        date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /** The first working day on or after the given day, e.g. where a deadline on a holiday moves. */
  public LocalDate nextWorkingDay(LocalDate onOrAfter) {
    requireDate(onOrAfter, "onOrAfter");
    return firstWorkingDay(onOrAfter, 1);
  }

  /** The last working day on or before the given day. */
  public LocalDate previousWorkingDay(LocalDate onOrBefore) {
    requireDate(onOrBefore, "onOrBefore");
    return firstWorkingDay(onOrBefore, -1);
  }

  /** The last second of the day in Vietnam, as a Camunda task due date. */
  public Date endOfDay(LocalDate date) {
    return at(date, END_OF_DAY);
  }

  /** The given time of the day in Vietnam, as a Camunda task due or follow-up date. */
  public Date at(LocalDate date, LocalTime time) {
    requireDate(date, "date");
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    return Date.from(date.atTime(time).atZone(ZONE).toInstant());
  }

  /** The years that have at least one calendar row, in ascending order. */
  public Set<Integer> yearsWithData() {
    return Collections.unmodifiableSet(repository.years());
  }

  /** The rows of one year in date order. */
  public List<CalendarDay> daysOf(int year) {
    return rowsOf(year).values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
  }

  /** Adds a row; the change counts for every later question at once. */
  void add(CalendarDay day) {
    if (day == null) {
      throw new IllegalArgumentException("day must not be null");
    }
    Optional<CalendarDay> existing = repository.findByDate(day.date());
    if (existing.isPresent()) {
      throw new DuplicateCalendarDayException(existing.get());
    }
    try {
      repository.insert(day);
    } catch (DuplicateKeyException e) {
      // Two administrators adding the same date at the same moment.
      throw new DuplicateCalendarDayException(repository.findByDate(day.date()).orElse(day));
    } finally {
      forget(day.year());
    }
    log.info("Calendar day {} added as {}", day.date(), day.kind());
  }

  /** Removes the row of this date; false when there was none. */
  boolean remove(LocalDate date) {
    requireDate(date, "date");
    boolean removed;
    try {
      removed = repository.delete(date);
    } finally {
      forget(date.getYear());
    }
    if (removed) {
      log.info("Calendar day {} removed", date);
    }
    return removed;
  }

  private LocalDate firstWorkingDay(LocalDate from, int step) {
    LocalDate date = from;
    for (int i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
      if (isWorkingDay(date)) {
        return date;
      }
      date = date.plusDays(step);
    }
    throw new IllegalStateException(
        "no working day within " + MAX_DAYS_OFF_IN_A_ROW + " days of " + from);
  }

  private CalendarDay rowOf(LocalDate date) {
    return rowsOf(date.getYear()).get(date);
  }

  private Map<LocalDate, CalendarDay> rowsOf(int year) {
    Instant now = clock.instant();
    CachedYear cached = cache.get(year);
    if (cached != null && cached.loadedAt().plus(CACHE_TIME_TO_LIVE).isAfter(now)) {
      return cached.days();
    }
    long editsBefore = edits.get();
    List<CalendarDay> rows = repository.findByYear(year);
    if (rows.isEmpty() && warnedYears.add(year)) {
      log.warn(
          "No working-day calendar rows for year {}: only Saturdays and Sundays count as days off"
              + " until the year's holidays are entered",
          year);
    }
    Map<LocalDate, CalendarDay> days =
        rows.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
    // Keep it only if no edit happened while it was read; otherwise the next question reads again.
    if (edits.get() == editsBefore) {
      cache.put(year, new CachedYear(days, now));
    }
    return days;
  }

  private void forget(int year) {
    edits.incrementAndGet();
    cache.remove(year);
  }

  private static void requireDate(LocalDate date, String name) {
    if (date == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  private record CachedYear(Map<LocalDate, CalendarDay> days, Instant loadedAt) {}
}
