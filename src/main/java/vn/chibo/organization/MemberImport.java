package vn.chibo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upserts members by code from an import table. A new member, or a member whose status or status
 * date changes, gets an entry in the status history. An optional column left out of the file keeps
 * the stored values; present but empty, it clears them.
 */
@Component
class MemberImport {

  static final String CODE = "ma";
  static final String FULL_NAME = "ho_ten";
  static final String BIRTH_DATE = "ngay_sinh";
  static final String GENDER = "gioi_tinh";
  static final String BRANCH = "ma_chi_bo";
  static final String STATUS = "trang_thai";
  static final String STATUS_SINCE = "ngay_trang_thai";
  static final String ADMISSION_DECISION = "ngay_quyet_dinh_ket_nap";
  static final String CEREMONY = "ngay_ket_nap";
  static final String RECOGNITION = "ngay_chinh_thuc";
  static final String EMAIL = "email";
  static final String PHONE = "dien_thoai";

  static final List<String> REQUIRED =
      List.of(CODE, FULL_NAME, BIRTH_DATE, GENDER, BRANCH, STATUS, STATUS_SINCE);

  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry(CODE, "Mã"),
          Map.entry(FULL_NAME, "Họ và tên"),
          Map.entry(BIRTH_DATE, "Ngày sinh"),
          Map.entry(GENDER, "Giới tính"),
          Map.entry(BRANCH, "Mã chi bộ"),
          Map.entry(STATUS, "Trạng thái"),
          Map.entry(STATUS_SINCE, "Ngày của trạng thái"),
          Map.entry(ADMISSION_DECISION, "Ngày quyết định kết nạp"),
          Map.entry(CEREMONY, "Ngày kết nạp"),
          Map.entry(RECOGNITION, "Ngày công nhận chính thức"),
          Map.entry(EMAIL, "Thư điện tử"),
          Map.entry(PHONE, "Điện thoại"));

  static final String HISTORY_NOTE = "Nhập từ tệp";

  private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9 ]+");
  private static final Map<String, Gender> GENDER_ALIASES =
      Map.of("nu", Gender.FEMALE, "f", Gender.FEMALE, "m", Gender.MALE);

  private final MemberRepository members;
  private final OrganizationRepository organizations;
  private final IdentitySync identitySync;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MemberImport(
      MemberRepository members,
      OrganizationRepository organizations,
      IdentitySync identitySync,
      ApplicationEventPublisher events,
      Clock clock) {
    this.members = members;
    this.organizations = organizations;
    this.identitySync = identitySync;
    this.events = events;
    this.clock = clock;
  }

  /** One row as read; null fields (and a branch id of 0) were missing or invalid. */
  private record Planned(
      int row,
      String code,
      String fullName,
      LocalDate birthDate,
      Gender gender,
      long branchId,
      MemberStatus status,
      LocalDate statusSince,
      LocalDate admissionDecisionDate,
      LocalDate ceremonyDate,
      LocalDate recognitionDate,
      String email,
      String phone) {}

  /** Checks the whole table and, only when every row is valid, applies it. */
  @Transactional
  public ImportResult importTable(ImportTable table) {
    List<ImportError> errors = new ArrayList<>();
    for (String key : REQUIRED) {
      if (!table.has(key)) {
        errors.add(
            new ImportError(0, key, "Thiếu cột bắt buộc " + key + " (" + LABELS.get(key) + ")."));
      }
    }
    if (!errors.isEmpty()) {
      return ImportResult.rejected(errors);
    }
    Map<String, Organization> orgs =
        organizations.findAll().stream()
            .collect(Collectors.toMap(Organization::code, Function.identity()));
    LocalDate today = LocalDate.now(clock);

    List<Planned> planned = new ArrayList<>();
    for (ImportTable.Line line : table.rows()) {
      var r = new ImportRowReader(table, line, LABELS, errors);
      String code = r.code(CODE, true);
      String fullName = r.text(FULL_NAME, true);
      LocalDate birthDate = r.date(BIRTH_DATE, true);
      if (birthDate != null && birthDate.isAfter(today)) {
        r.error(BIRTH_DATE, "Ngày sinh không được sau ngày hôm nay.");
      }
      Gender gender = r.choice(GENDER, Gender.class, Gender::label, GENDER_ALIASES);
      long branchId = branch(r, orgs);
      MemberStatus status = r.choice(STATUS, MemberStatus.class, MemberStatus::label, Map.of());
      LocalDate statusSince = r.date(STATUS_SINCE, true);
      LocalDate decision = r.date(ADMISSION_DECISION, false);
      LocalDate ceremony = r.date(CEREMONY, false);
      LocalDate recognition = r.date(RECOGNITION, false);
      String email = email(r);
      String phone = phone(r);
      planned.add(
          new Planned(
              r.row(),
              code,
              fullName,
              birthDate,
              gender,
              branchId,
              status,
              statusSince,
              decision,
              ceremony,
              recognition,
              email,
              phone));
    }
    ImportDuplicates.check(
        planned.stream().filter(p -> p.code() != null).toList(),
        Planned::code,
        Planned::row,
        table.header(CODE),
        errors);
    if (!errors.isEmpty()) {
      return ImportResult.rejected(errors);
    }
    return apply(table, planned);
  }

  private static long branch(ImportRowReader r, Map<String, Organization> orgs) {
    String code = r.code(BRANCH, true);
    if (code == null) {
      return 0;
    }
    Organization org = orgs.get(code);
    if (org == null) {
      r.error(BRANCH, "Không có chi bộ mã " + code + ".");
      return 0;
    }
    if (!org.isBranch()) {
      r.error(
          BRANCH,
          org.name() + " (mã " + code + ") là " + org.type().label() + ", không phải chi bộ.");
      return 0;
    }
    return org.id();
  }

  private static String email(ImportRowReader r) {
    String email = r.text(EMAIL, false);
    if (email != null && !EMAIL_PATTERN.matcher(email).matches()) {
      r.error(EMAIL, "Thư điện tử không hợp lệ: phải có dạng ten@mien.vn.");
      return null;
    }
    return email;
  }

  private static String phone(ImportRowReader r) {
    String phone = r.text(PHONE, false);
    if (phone == null) {
      return null;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (!PHONE_PATTERN.matcher(phone).matches() || digits < 8 || digits > 15) {
      r.error(
          PHONE,
          "Điện thoại không hợp lệ: chỉ gồm chữ số, dấu + ở đầu và dấu cách, từ 8 đến 15 chữ số.");
      return null;
    }
    return phone;
  }

  private ImportResult apply(ImportTable table, List<Planned> planned) {
    Map<String, Member> existing = new LinkedHashMap<>();
    for (Member m : members.findByCodes(planned.stream().map(Planned::code).toList())) {
      existing.put(m.code(), m);
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    List<MemberChanged> changes = new ArrayList<>();
    for (Planned p : planned) {
      Member before = existing.get(p.code());
      if (before == null) {
        Member m =
            new Member(
                0,
                p.code(),
                p.fullName(),
                p.birthDate(),
                p.gender(),
                p.branchId(),
                p.status(),
                p.statusSince(),
                p.admissionDecisionDate(),
                p.ceremonyDate(),
                p.recognitionDate(),
                p.email(),
                p.phone(),
                null);
        long id = members.insert(m);
        members.recordStatus(id, p.status(), p.statusSince(), HISTORY_NOTE);
        created++;
        continue;
      }
      Member after =
          new Member(
              before.id(),
              before.code(),
              p.fullName(),
              p.birthDate(),
              p.gender(),
              p.branchId(),
              p.status(),
              p.statusSince(),
              keepOr(
                  table,
                  ADMISSION_DECISION,
                  p.admissionDecisionDate(),
                  before.admissionDecisionDate()),
              keepOr(table, CEREMONY, p.ceremonyDate(), before.ceremonyDate()),
              keepOr(table, RECOGNITION, p.recognitionDate(), before.recognitionDate()),
              keepOr(table, EMAIL, p.email(), before.email()),
              keepOr(table, PHONE, p.phone(), before.phone()),
              before.username());
      if (after.equals(before)) {
        unchanged++;
        continue;
      }
      members.update(after);
      changes.add(
          new MemberChanged(
              before.id(), before.branchId(), after.branchId(), before.status(), after.status()));
      if (after.status() != before.status()
          || !Objects.equals(after.statusSince(), before.statusSince())) {
        members.recordStatus(before.id(), after.status(), after.statusSince(), HISTORY_NOTE);
      }
      updated++;
    }
    if (created + updated > 0) {
      // Accounts and branch groups follow the members; an unchanged file must not touch them.
      identitySync.syncAll();
    }
    changes.stream()
        .filter(c -> c.movedBranch() || c.statusChanged())
        .forEach(events::publishEvent);
    return new ImportResult(created, updated, unchanged, List.of());
  }

  private static <T> T keepOr(ImportTable table, String key, T fromFile, T stored) {
    return table.has(key) ? fromFile : stored;
  }
}
