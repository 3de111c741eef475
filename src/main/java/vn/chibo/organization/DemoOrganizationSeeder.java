package vn.chibo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.ChiboProperties;
import vn.chibo.security.StartupOrder;

/**
 * Seeds the demo organisation on the first start of an installation with the demo enabled: one
 * province, two commune/ward committees, a grassroots organisation, eight branches of different
 * sizes (one below 9 official members, one above 30), about 150 people with a mix of statuses, and
 * the roles that make each branch work. The people with fixed names are the demo logins of the
 * README; everyone else is drawn from a seeded random source, so every installation gets the same.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
class DemoOrganizationSeeder implements ApplicationRunner {

  static final String MARKER = "demo-seeded";
  private static final Logger log = LoggerFactory.getLogger(DemoOrganizationSeeder.class);

  private static final String[] FAMILY = {
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng",
    "Bùi", "Đỗ", "Ngô", "Dương", "Ma", "Hà", "Nông", "Triệu", "Lý", "Hứa", "Quan"
  };
  private static final String[] MALE_MIDDLE = {
    "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Thành"
  };
  private static final String[] FEMALE_MIDDLE = {
    "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh"
  };
  private static final String[] MALE_GIVEN = {
    "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn",
    "Thắng", "Tuấn", "Việt", "Hiếu", "Trung", "Đạt", "Kiên", "Thịnh", "Toàn", "Lâm", "Tùng"
  };
  private static final String[] FEMALE_GIVEN = {
    "Anh", "Hà", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Yến", "Hằng",
    "Hoa", "Huyền", "Thủy", "Dung", "Liên", "Nhung", "Vân", "Oanh"
  };

  private final OrganizationRepository organizations;
  private final MemberRepository members;
  private final RoleRepository roles;
  private final JdbcClient jdbc;
  private final ChiboProperties properties;
  private final Clock clock;

  private final Random random = new Random(2026);
  private final Set<String> usernames = new HashSet<>();
  private int nextCode = 1;
  private LocalDate today;

  DemoOrganizationSeeder(
      OrganizationRepository organizations,
      MemberRepository members,
      RoleRepository roles,
      JdbcClient jdbc,
      ChiboProperties properties,
      Clock clock) {
    this.organizations = organizations;
    this.members = members;
    this.roles = roles;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!properties.demo().enabled() || alreadySeeded() || !organizations.findAll().isEmpty()) {
      return;
    }
    today = LocalDate.now(clock);
    seed();
    jdbc.sql("insert into app_setting (name, setting) values (?, ?)")
        .params(MARKER, today.toString())
        .update();
    log.info("Demo organisation seeded");
  }

  private boolean alreadySeeded() {
    return jdbc.sql("select count(*) from app_setting where name = ?")
            .param(MARKER)
            .query(Long.class)
            .single()
        > 0;
  }

  private void seed() {
    long province =
        org("TQ", "Đảng bộ tỉnh Tuyên Quang", OrganizationType.PROVINCIAL_COMMITTEE, null, null);
    long mb = org("MB", "Đảng bộ xã Mỹ Bằng", OrganizationType.COMMUNE_COMMITTEE, province, SELF);
    long mx =
        org("MX", "Đảng bộ phường Minh Xuân", OrganizationType.COMMUNE_COMMITTEE, province, SELF);
    long agencies =
        org(
            "TQCQ",
            "Đảng bộ Các cơ quan Đảng tỉnh",
            OrganizationType.GRASSROOTS_ORGANIZATION,
            province,
            SELF);
    long cement =
        org(
            "MXXM",
            "Đảng bộ Công ty Cổ phần Xi măng Tân Quang",
            OrganizationType.GRASSROOTS_ORGANIZATION,
            mx,
            null);

    long tqbtc = branch("TQBTC", "Chi bộ Ban Tổ chức Tỉnh ủy", agencies);
    long mbcq = branch("MBCQ", "Chi bộ Cơ quan Đảng ủy xã Mỹ Bằng", mb);
    long mb01 = branch("MB01", "Chi bộ thôn Đồng Hương", mb);
    long mb02 = branch("MB02", "Chi bộ thôn Yên Thượng", mb);
    long mxcq = branch("MXCQ", "Chi bộ Cơ quan Đảng ủy phường Minh Xuân", mx);
    long mx01 = branch("MX01", "Chi bộ Tổ dân phố 5", mx);
    long xm1 = branch("MXXM1", "Chi bộ Phân xưởng Lò nung", cement);
    long xm2 = branch("MXXM2", "Chi bộ Phòng Kỹ thuật", cement);

    // Province: organisation board and a standing committee member.
    long boardHead = person(tqbtc, "Hoàng Thị Thu Hà", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(boardHead, province, RoleType.ORGANIZATION_BOARD_MEMBER);
    role(boardHead, province, RoleType.STANDING_COMMITTEE_MEMBER);
    long boardStaff = person(tqbtc, "Ma Văn Thắng", Gender.MALE, MemberStatus.OFFICIAL);
    role(boardStaff, province, RoleType.ORGANIZATION_BOARD_MEMBER);
    leadBranch(tqbtc, 3);
    fillBranch(tqbtc, 9, 1, 0, 0, true);

    // Commune Mỹ Bằng: its leaders sit in the commune office branch.
    long mbSecretary = person(mbcq, "Trần Quang Huy", Gender.MALE, MemberStatus.OFFICIAL);
    role(mbSecretary, mb, RoleType.SECRETARY);
    role(mbSecretary, mb, RoleType.STANDING_COMMITTEE_MEMBER);
    long mbStanding = person(mbcq, "Lê Thị Hồng Nhung", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(mbStanding, mb, RoleType.DEPUTY_SECRETARY);
    role(mbStanding, mb, RoleType.STANDING_COMMITTEE_MEMBER);
    long mbBoard = person(mbcq, "Phạm Đức Long", Gender.MALE, MemberStatus.OFFICIAL);
    role(mbBoard, mb, RoleType.ORGANIZATION_BOARD_MEMBER);
    role(mbBoard, mb, RoleType.COMMITTEE_MEMBER);
    leadBranch(mbcq, 3);
    fillBranch(mbcq, 8, 1, 0, 0, true);

    // Commune Minh Xuân.
    long mxSecretary = person(mxcq, "Nông Văn Khải", Gender.MALE, MemberStatus.OFFICIAL);
    role(mxSecretary, mx, RoleType.SECRETARY);
    role(mxSecretary, mx, RoleType.STANDING_COMMITTEE_MEMBER);
    long mxStanding = person(mxcq, "Đỗ Thị Minh Phương", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(mxStanding, mx, RoleType.STANDING_COMMITTEE_MEMBER);
    role(mxStanding, mx, RoleType.ORGANIZATION_BOARD_MEMBER);
    leadBranch(mxcq, 3);
    fillBranch(mxcq, 7, 1, 0, 0, true);

    // Thôn Đồng Hương: the demo secretary's branch, with a committee and two candidates.
    long an = person(mb01, "Nguyễn Văn An", Gender.MALE, MemberStatus.OFFICIAL);
    role(an, mb01, RoleType.SECRETARY);
    long deputy = person(mb01, "Hà Thị Lan", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(deputy, mb01, RoleType.DEPUTY_SECRETARY);
    long committee = person(mb01, "Triệu Văn Bình", Gender.MALE, MemberStatus.OFFICIAL);
    role(committee, mb01, RoleType.COMMITTEE_MEMBER);
    long minutes = person(mb01, "Bùi Thị Mai", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(minutes, mb01, RoleType.MINUTE_TAKER);
    fillBranch(mb01, 15, 2, 2, 2, false);
    role(mbStanding, mb01, RoleType.SUPERVISING_MEMBER);

    // Thôn Yên Thượng: fewer than 9 official members, so a secretary and a deputy, no committee.
    long ytSecretary = person(mb02, "Lục Văn Tài", Gender.MALE, MemberStatus.OFFICIAL);
    role(ytSecretary, mb02, RoleType.SECRETARY);
    role(ytSecretary, mb02, RoleType.MINUTE_TAKER);
    long ytDeputy = person(mb02, "Quan Thị Sen", Gender.FEMALE, MemberStatus.OFFICIAL);
    role(ytDeputy, mb02, RoleType.DEPUTY_SECRETARY);
    fillBranch(mb02, 3, 1, 1, 0, false);
    role(mbBoard, mb02, RoleType.SUPERVISING_MEMBER);
    role(mbSecretary, mbcq, RoleType.SUPERVISING_MEMBER);

    // Tổ dân phố 5.
    leadBranch(mx01, 3);
    fillBranch(mx01, 14, 2, 1, 1, false);
    role(mxStanding, mx01, RoleType.SUPERVISING_MEMBER);
    role(mxSecretary, mxcq, RoleType.SUPERVISING_MEMBER);

    // The cement company: a grassroots organisation with a large and a mid-sized branch.
    long xmSecretary = person(xm1, "Dương Minh Tuấn", Gender.MALE, MemberStatus.OFFICIAL);
    role(xmSecretary, cement, RoleType.SECRETARY);
    role(xmSecretary, cement, RoleType.STANDING_COMMITTEE_MEMBER);
    leadBranch(xm1, 5);
    fillBranch(xm1, 25, 3, 1, 0, false);
    leadBranch(xm2, 3);
    fillBranch(xm2, 7, 1, 1, 0, false);
    role(xmSecretary, xm1, RoleType.SUPERVISING_MEMBER);
    role(xmSecretary, xm2, RoleType.SUPERVISING_MEMBER);
    role(mxSecretary, cement, RoleType.SUPERVISING_MEMBER);
    role(boardHead, tqbtc, RoleType.SUPERVISING_MEMBER);
  }

  private static final long SELF = -1;

  /** Logins of the people seeded by name, as the README lists them. */
  static final Set<String> NAMED_LOGINS =
      Set.of(
          "hahtt",
          "thangmv",
          "huytq",
          "nhunglth",
          "longpd",
          "khainv",
          "phuongdtm",
          "annv",
          "lanht",
          "binhtv",
          "maibt",
          "tailv",
          "senqt",
          "tuandm");

  private long org(String code, String name, OrganizationType type, Long parent, Long competent) {
    long id = organizations.insert(new Organization(0, code, name, type, parent, null, true));
    if (competent != null && competent == SELF) {
      organizations.update(new Organization(id, code, name, type, parent, id, true));
    }
    return id;
  }

  private long branch(String code, String name, long parent) {
    return org(code, name, OrganizationType.BRANCH, parent, null);
  }

  /** A secretary, a deputy, committee members up to {@code committeeSize} and a minute-taker. */
  private void leadBranch(long branchId, int committeeSize) {
    for (int i = 0; i < committeeSize; i++) {
      long id = person(branchId, null, null, MemberStatus.OFFICIAL);
      role(
          id,
          branchId,
          i == 0
              ? RoleType.SECRETARY
              : i == 1 ? RoleType.DEPUTY_SECRETARY : RoleType.COMMITTEE_MEMBER);
      if (i == committeeSize - 1) {
        role(id, branchId, RoleType.MINUTE_TAKER);
      }
    }
  }

  /** Adds ordinary members; each probationary member gets an official member as mentor. */
  private void fillBranch(
      long branchId, int official, int probationary, int exempted, int candidates, boolean agency) {
    List<Long> officials = new ArrayList<>();
    for (int i = 0; i < official; i++) {
      officials.add(person(branchId, null, null, MemberStatus.OFFICIAL));
    }
    for (int i = 0; i < probationary; i++) {
      long id = person(branchId, null, null, MemberStatus.PROBATIONARY);
      long mentor = officials.get(random.nextInt(officials.size()));
      roles.insert(
          new RoleAssignment(0, mentor, branchId, RoleType.MENTOR, today.minusMonths(6), null, id));
    }
    for (int i = 0; i < exempted; i++) {
      person(branchId, null, null, MemberStatus.EXEMPTED);
    }
    for (int i = 0; i < candidates; i++) {
      person(branchId, null, null, MemberStatus.CANDIDATE);
    }
    if (!agency && official > 12) {
      person(branchId, null, null, MemberStatus.TRANSFERRED_OUT);
    }
  }

  private void role(long memberId, long orgId, RoleType role) {
    roles.insert(new RoleAssignment(0, memberId, orgId, role, termStart(), null, null));
  }

  /** Terms of the 2025–2030 congress. */
  private LocalDate termStart() {
    return LocalDate.of(2025, 8, 15);
  }

  private long person(long branchId, String name, Gender gender, MemberStatus status) {
    Gender g = gender != null ? gender : (random.nextInt(100) < 55 ? Gender.MALE : Gender.FEMALE);
    String fullName = name != null ? name : randomName(g);
    // A drawn name must not take the login of one of the named people the README lists.
    while (name == null && NAMED_LOGINS.contains(Usernames.propose(fullName, Set.of()))) {
      fullName = randomName(g);
    }
    LocalDate birth = birthDate(status);
    LocalDate decision = null;
    LocalDate ceremony = null;
    LocalDate recognition = null;
    LocalDate since;
    switch (status) {
      case PROBATIONARY -> {
        decision = today.minusMonths(2 + random.nextInt(9)).withDayOfMonth(1 + random.nextInt(27));
        ceremony = decision.plusDays(10 + random.nextInt(20));
        since = ceremony;
      }
      case OFFICIAL, EXEMPTED, TRANSFERRED_OUT -> {
        decision = birth.plusYears(20 + random.nextInt(15)).withDayOfMonth(1 + random.nextInt(27));
        if (decision.isAfter(today.minusYears(2))) {
          decision = today.minusYears(2 + random.nextInt(3));
        }
        ceremony = decision.plusDays(10 + random.nextInt(20));
        recognition = ceremony.plusMonths(12).plusDays(random.nextInt(25));
        since =
            status == MemberStatus.OFFICIAL
                ? recognition
                : today.minusMonths(1 + random.nextInt(24));
      }
      default -> since = today.minusMonths(1 + random.nextInt(10));
    }
    String code = (status.isCandidate() ? "QC" : "DV") + String.format("%05d", nextCode++);
    String username = null;
    String email = null;
    if (status.hasAccount()) {
      username = Usernames.propose(fullName, usernames);
      usernames.add(username);
      email = username + "@chibo.test";
    }
    String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
    long id =
        members.insert(
            new Member(
                0,
                code,
                SearchText.canonical(fullName),
                birth,
                g,
                branchId,
                status,
                since,
                decision,
                ceremony,
                recognition,
                email,
                phone,
                username));
    if (ceremony != null) {
      members.recordStatus(id, MemberStatus.PROBATIONARY, ceremony, "Kết nạp");
    }
    if (recognition != null) {
      members.recordStatus(
          id, MemberStatus.OFFICIAL, recognition, "Công nhận đảng viên chính thức");
    }
    if (status != MemberStatus.OFFICIAL && status != MemberStatus.PROBATIONARY) {
      members.recordStatus(id, status, since, null);
    }
    return id;
  }

  private LocalDate birthDate(MemberStatus status) {
    int minAge = status.isCandidate() ? 19 : status == MemberStatus.PROBATIONARY ? 20 : 26;
    int maxAge = status == MemberStatus.EXEMPTED ? 80 : status.isCandidate() ? 32 : 62;
    if (status == MemberStatus.EXEMPTED) {
      minAge = 68;
    }
    int age = minAge + random.nextInt(maxAge - minAge + 1);
    return today.minusYears(age).minusDays(random.nextInt(365));
  }

  private String randomName(Gender g) {
    String family = FAMILY[random.nextInt(FAMILY.length)];
    String[] middle = g == Gender.MALE ? MALE_MIDDLE : FEMALE_MIDDLE;
    String[] given = g == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
    return family
        + " "
        + middle[random.nextInt(middle.length)]
        + " "
        + given[random.nextInt(given.length)];
  }
}
