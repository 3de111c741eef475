package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Import against the real (in-memory) database with the demo organisation seeded. Every test uses
 * its own codes, so the tests do not depend on each other's order.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class OrganizationImportTest {

  private static final String ORG_HEADER = "ma,ten,loai,ma_cap_tren,ma_cap_uy_tham_quyen\n";
  private static final String MEMBER_HEADER =
      "ma,ho_ten,ngay_sinh,gioi_tinh,ma_chi_bo,trang_thai,ngay_trang_thai,ngay_quyet_dinh_ket_nap,"
          + "ngay_ket_nap,ngay_chinh_thuc,email,dien_thoai\n";

  @Autowired ImportService importService;
  @Autowired OrganizationService organizations;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  @Test
  void importsOrganizationsThenMembersFromCsvAndCreatesCamundaUsersAndGroups() {
    ImportResult orgs =
        importCsv(
            ImportKind.ORGANIZATIONS,
            "\uFEFF"
                + ORG_HEADER
                + "T1,Đảng bộ xã Tân Trào,Đảng bộ xã/phường/đặc khu,TQ,T1\n"
                + "T1B1,Chi bộ thôn Tân Lập,chi bo,T1,\n"
                + "t1b2,Chi bộ thôn Cả,BRANCH,T1,\n");

    assertThat(orgs).isEqualTo(new ImportResult(3, 0, 0, List.of()));
    Organization commune = organizations.organization("T1").orElseThrow();
    Organization branch = organizations.organization("T1B1").orElseThrow();
    assertThat(commune.type()).isEqualTo(OrganizationType.COMMUNE_COMMITTEE);
    assertThat(commune.competentCommitteeId()).isEqualTo(commune.id());
    assertThat(commune.parentId()).isEqualTo(organizations.organization("TQ").orElseThrow().id());
    assertThat(branch.type()).isEqualTo(OrganizationType.BRANCH);
    assertThat(branch.parentId()).isEqualTo(commune.id());
    assertThat(organizations.organization("T1B2")).isPresent();
    assertThat(identityService.createGroupQuery().groupId(GroupIds.members("T1B1")).count())
        .isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId(GroupIds.standing("T1")).count())
        .isEqualTo(1);

    ImportResult members =
        importCsv(
            ImportKind.MEMBERS,
            MEMBER_HEADER
                + "T1M1,Lò Văn Thào,15/03/1980,Nam,T1B1,Đảng viên chính thức,20/06/2010,"
                + "01/06/2009,19/06/2009,20/06/2010,thao.lv@tantrao.vn,0912 345 678\n"
                + "T1M2,Vi  Thị Xuyến,1999-07-21,Nữ,T1B1,PROBATIONARY,03/02/2026,,03/02/2026,,,\n"
                + "T1M3,Hứa Văn Dũng,02/09/2004,MALE,T1B2,Quan chung uu tu,15/08/2025,,,,,\n");

    assertThat(members).isEqualTo(new ImportResult(3, 0, 0, List.of()));
    Member thao = organizations.member("T1M1").orElseThrow();
    assertThat(thao.fullName()).isEqualTo("Lò Văn Thào");
    assertThat(thao.birthDate()).isEqualTo(LocalDate.of(1980, 3, 15));
    assertThat(thao.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(thao.recognitionDate()).isEqualTo(LocalDate.of(2010, 6, 20));
    assertThat(thao.phone()).isEqualTo("0912 345 678");
    Member xuyen = organizations.member("T1M2").orElseThrow();
    assertThat(xuyen.fullName()).isEqualTo("Vi Thị Xuyến");
    assertThat(xuyen.gender()).isEqualTo(Gender.FEMALE);
    assertThat(organizations.member("T1M3").orElseThrow().status())
        .isEqualTo(MemberStatus.CANDIDATE);
    assertThat(organizations.statusHistory(thao.id()))
        .containsExactly(
            new StatusChange(
                MemberStatus.OFFICIAL, LocalDate.of(2010, 6, 20), MemberImport.HISTORY_NOTE));

    // Party members get an account in their branch's group; a candidate gets none.
    assertThat(thao.username()).isNotNull();
    User user = identityService.createUserQuery().userId(thao.username()).singleResult();
    assertThat(user.getFirstName()).isEqualTo("Lò Văn");
    assertThat(user.getLastName()).isEqualTo("Thào");
    assertThat(user.getEmail()).isEqualTo("thao.lv@tantrao.vn");
    assertThat(identityService.createUserQuery().memberOfGroup(GroupIds.members("T1B1")).list())
        .extracting(User::getId)
        .containsExactlyInAnyOrder(thao.username(), xuyen.username());
    assertThat(organizations.member("T1M3").orElseThrow().username()).isNull();
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    String orgFile =
        ORG_HEADER
            + "T3,Đảng bộ phường Hưng Thành,Đảng bộ xã/phường/đặc khu,TQ,T3\n"
            + "T3B1,Chi bộ tổ dân phố 12,Chi bộ,T3,\n";
    String memberFile =
        MEMBER_HEADER
            + "T3M1,Đinh Thị Nguyệt,05/05/1975,Nữ,T3B1,Đảng viên chính thức,01/01/2005,,,,,\n"
            + "T3M2,Quách Văn Toản,06/06/1996,Nam,T3B1,Đảng viên dự bị,01/10/2026,,,,,\n";
    assertThat(importCsv(ImportKind.ORGANIZATIONS, orgFile).created()).isEqualTo(2);
    assertThat(importCsv(ImportKind.MEMBERS, memberFile).created()).isEqualTo(2);
    long statusChanges = count("member_status_change");
    long users = identityService.createUserQuery().count();

    assertThat(importCsv(ImportKind.ORGANIZATIONS, orgFile))
        .isEqualTo(new ImportResult(0, 0, 2, List.of()));
    assertThat(importCsv(ImportKind.MEMBERS, memberFile))
        .isEqualTo(new ImportResult(0, 0, 2, List.of()));
    assertThat(count("member_status_change")).isEqualTo(statusChanges);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void updatesChangedRowsAndRecordsTheStatusChange() {
    importCsv(
        ImportKind.ORGANIZATIONS,
        ORG_HEADER
            + "T5,Đảng bộ xã Kim Phú,Đảng bộ xã/phường/đặc khu,TQ,\nT5B1,Chi bộ thôn 5,Chi bộ,T5,\n");
    importCsv(
        ImportKind.MEMBERS,
        MEMBER_HEADER
            + "T5M1,Nông Thị Dịu,11/11/1990,Nữ,T5B1,Đảng viên dự bị,10/10/2025,,10/10/2025,,,\n"
            + "T5M2,Nông Văn Dũng,11/11/1991,Nam,T5B1,Đảng viên chính thức,10/10/2015,,,,,\n");
    String username = organizations.member("T5M1").orElseThrow().username();

    // Only the required columns: the stored ceremony date must survive.
    ImportResult result =
        importCsv(
            ImportKind.MEMBERS,
            "ma,ho_ten,ngay_sinh,gioi_tinh,ma_chi_bo,trang_thai,ngay_trang_thai\n"
                + "T5M1,Nông Thị Dịu,11/11/1990,Nữ,T5B1,Đảng viên chính thức,10/10/2026\n"
                + "T5M2,Nông Văn Dũng,11/11/1991,Nam,T5B1,Đảng viên chính thức,10/10/2015\n");

    assertThat(result).isEqualTo(new ImportResult(0, 1, 1, List.of()));
    Member diu = organizations.member("T5M1").orElseThrow();
    assertThat(diu.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(diu.ceremonyDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(diu.username()).isEqualTo(username);
    assertThat(organizations.statusHistory(diu.id()))
        .extracting(StatusChange::status, StatusChange::validFrom)
        .containsExactly(
            tuple(MemberStatus.PROBATIONARY, LocalDate.of(2025, 10, 10)),
            tuple(MemberStatus.OFFICIAL, LocalDate.of(2026, 10, 10)));
  }

  @Test
  void importsXlsxWithRealDateCells() throws IOException {
    byte[] orgs =
        workbook(
            new Object[][] {
              {"Mã", "Tên", "Loại", "Mã cấp trên"},
              {"T2", "Đảng bộ xã Hùng Lợi", "Đảng bộ xã/phường/đặc khu", "TQ"},
              {"T2B1", "Chi bộ thôn Khuôn Thoi", "Chi bộ", "T2"}
            });
    assertThat(importService.importFile(ImportKind.ORGANIZATIONS, xlsx(orgs)))
        .isEqualTo(new ImportResult(2, 0, 0, List.of()));

    byte[] members =
        workbook(
            new Object[][] {
              {
                "ma",
                "ho_ten",
                "ngay_sinh",
                "gioi_tinh",
                "ma_chi_bo",
                "trang_thai",
                "ngay_trang_thai"
              },
              {
                "T2M1",
                "Triệu Thị Mai",
                LocalDate.of(1988, 12, 31),
                "Nữ",
                "T2B1",
                "Đảng viên chính thức",
                LocalDate.of(2015, 5, 19)
              },
              {"T2M2", "Bàn Văn Sinh", "24/01/1992", "Nam", "T2B1", "OFFICIAL", "2016-02-03"}
            });
    assertThat(importService.importFile(ImportKind.MEMBERS, xlsx(members)))
        .isEqualTo(new ImportResult(2, 0, 0, List.of()));
    Member mai = organizations.member("T2M1").orElseThrow();
    assertThat(mai.birthDate()).isEqualTo(LocalDate.of(1988, 12, 31));
    assertThat(mai.statusSince()).isEqualTo(LocalDate.of(2015, 5, 19));
    assertThat(organizations.member("T2M2").orElseThrow().birthDate())
        .isEqualTo(LocalDate.of(1992, 1, 24));
    assertThat(identityService.createUserQuery().memberOfGroup(GroupIds.members("T2B1")).count())
        .isEqualTo(2);
  }

  @Test
  void rejectsTheWholeMemberFileAndListsEveryBadCell() {
    importCsv(
        ImportKind.ORGANIZATIONS,
        ORG_HEADER
            + "T4,Đảng bộ xã Trung Môn,Đảng bộ xã/phường/đặc khu,TQ,\nT4B1,Chi bộ thôn 7,Chi bộ,T4,\n");
    long members = count("party_member");
    long history = count("member_status_change");
    long users = identityService.createUserQuery().count();

    ImportResult result =
        importCsv(
            ImportKind.MEMBERS,
            MEMBER_HEADER
                + "T4M1,Hà Văn Tâm,01/01/1980,Nam,T4B1,Đảng viên chính thức,01/01/2010,,,,,\n"
                + "T4M2,Hà Thị Lụa,31/02/1990,Nữ,T4B1,Đảng viên chính thức,01/01/2012,,,,,\n"
                + "T4M3,Hà Văn Nam,01/01/1985,X,T4,Đảng viên,01/01/2012,,,,,\n"
                + "T4M4,,01/01/1985,Nam,T4B1,OFFICIAL,01/01/2012,,,,không-phải-thư,12ab\n"
                + "T4M1,Hà Văn Tâm,01/01/1980,Nam,T4B1,Đảng viên chính thức,1/1/10,,,,,\n");

    assertThat(result.created() + result.updated() + result.unchanged()).isZero();
    assertThat(result.errors())
        .extracting(ImportError::row, ImportError::column)
        .containsExactly(
            tuple(0, "ma"),
            tuple(3, "ngay_sinh"),
            tuple(4, "gioi_tinh"),
            tuple(4, "ma_chi_bo"),
            tuple(4, "trang_thai"),
            tuple(5, "ho_ten"),
            tuple(5, "email"),
            tuple(5, "dien_thoai"),
            tuple(6, "ngay_trang_thai"));
    assertThat(result.errors().get(0).message())
        .isEqualTo("Mã T4M1 xuất hiện nhiều lần trong tệp (hàng 2, 6).");
    assertThat(result.errors().get(1).message())
        .isEqualTo("Ngày sinh không hợp lệ: phải có dạng dd/MM/yyyy.");
    assertThat(result.errors().get(3).message()).contains("không phải chi bộ");
    assertThat(result.errors().get(5).message()).isEqualTo("Họ và tên không được để trống.");
    assertThat(count("party_member")).isEqualTo(members);
    assertThat(count("member_status_change")).isEqualTo(history);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void rejectsAnOrganizationFileThatWouldBreakTheTree() {
    long orgs = count("party_organization");

    ImportResult result =
        importCsv(
            ImportKind.ORGANIZATIONS,
            ORG_HEADER
                + "T6,Đảng bộ xã Phúc Ứng,Đảng bộ xã/phường/đặc khu,TQ,T6\n"
                + "T6B1,Chi bộ thôn 1,Chi bộ,T6B2,\n"
                + "T6B2,Chi bộ thôn 2,Chi bộ,T6,T6B2\n"
                + "T6B3,Chi bộ thôn 3,Chi bộ,T6B2,\n"
                + "T6B4,Chi bộ thôn 4,Tổ đảng,ZZ99,\n"
                + "T6B5,Chi bộ thôn 5,Chi bộ,,\n"
                + "TQ2,Đảng bộ tỉnh thứ hai,Đảng bộ tỉnh,TQ,\n"
                + "MB01,Chi bộ thôn Đồng Hương,Đảng bộ cơ sở,MB,\n");

    assertThat(result.errors())
        .extracting(ImportError::row, ImportError::column)
        .containsExactly(
            tuple(3, "ma_cap_tren"),
            tuple(4, "ma_cap_uy_tham_quyen"),
            tuple(5, "ma_cap_tren"),
            tuple(6, "loai"),
            tuple(7, "ma_cap_tren"),
            tuple(8, "ma_cap_tren"),
            tuple(9, "loai"));
    assertThat(result.errors().get(0).message())
        .isEqualTo("Tổ chức mã T6B2 phải đứng trước hàng này trong tệp.");
    assertThat(result.errors().get(2).message())
        .isEqualTo("Chi bộ không được trực thuộc Chi bộ (mã T6B2).");
    assertThat(result.errors().get(6).message()).contains("đang có đảng viên");
    assertThat(count("party_organization")).isEqualTo(orgs);
  }

  @Test
  void rejectsFilesThatCannotBeReadAsATable() {
    assertThat(fileErrors(ImportKind.ORGANIZATIONS, file("to-chuc.txt", "text/plain", "ma\n")))
        .containsExactly("Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx.");
    assertThat(fileErrors(ImportKind.ORGANIZATIONS, file("to-chuc.csv", "image/png", "ma\n")))
        .containsExactly("Kiểu nội dung image/png không khớp với tệp .csv.");
    assertThat(fileErrors(ImportKind.ORGANIZATIONS, file("to-chuc.csv", "text/csv", "")))
        .containsExactly("Chưa chọn tệp hoặc tệp rỗng.");
    assertThat(fileErrors(ImportKind.ORGANIZATIONS, file("to-chuc.csv", "text/csv", ORG_HEADER)))
        .containsExactly("Tệp chỉ có hàng tiêu đề, không có hàng dữ liệu nào.");
    assertThat(
            fileErrors(
                ImportKind.MEMBERS,
                file("dang-vien.csv", "text/csv", "ma,ho_ten\nT7M1,Hà Văn Tư\n")))
        .containsExactly(
            "Thiếu cột bắt buộc ngay_sinh (Ngày sinh).",
            "Thiếu cột bắt buộc gioi_tinh (Giới tính).",
            "Thiếu cột bắt buộc ma_chi_bo (Mã chi bộ).",
            "Thiếu cột bắt buộc trang_thai (Trạng thái).",
            "Thiếu cột bắt buộc ngay_trang_thai (Ngày của trạng thái).");
    byte[] windows1258 = {'m', 'a', ',', 't', 'e', 'n', '\n', 'T', '8', ',', (byte) 0xD0, '\n'};
    assertThat(
            fileErrors(
                ImportKind.ORGANIZATIONS,
                new MockMultipartFile("file", "to-chuc.csv", "text/csv", windows1258)))
        .singleElement()
        .asString()
        .startsWith("Tệp CSV không phải bảng mã UTF-8.");
    assertThat(
            fileErrors(
                ImportKind.ORGANIZATIONS,
                new MockMultipartFile(
                    "file", "to-chuc.xlsx", null, "ma,ten\n".getBytes(StandardCharsets.UTF_8))))
        .singleElement()
        .asString()
        .startsWith("Không đọc được tệp .xlsx");
    assertThat(
            fileErrors(
                ImportKind.ORGANIZATIONS,
                new MockMultipartFile(
                    "file", "to-chuc.csv", "text/csv", new byte[5 * 1024 * 1024 + 1])))
        .containsExactly("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp nhỏ hơn.");
    StringBuilder big = new StringBuilder(ORG_HEADER);
    for (int i = 0; i < ImportTable.MAX_ROWS + 1; i++) {
      big.append("X").append(i).append(",Chi bộ,Chi bộ,TQ,\n");
    }
    assertThat(
            fileErrors(ImportKind.ORGANIZATIONS, file("to-chuc.csv", "text/csv", big.toString())))
        .containsExactly("Tệp có hơn 20.000 hàng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn.");
    assertThat(
            fileErrors(
                ImportKind.ORGANIZATIONS,
                file("to-chuc.csv", "text/csv", "ma,Mã,ten\nT9,T9,Chi bộ\n")))
        .containsExactly("Cột Mã xuất hiện hai lần.");
  }

  @Test
  void theSampleFilesInTheDocsImportCleanlyAndTwice() throws IOException {
    MockMultipartFile orgs = sample("to-chuc-mau.csv");
    MockMultipartFile members = sample("dang-vien-mau.csv");

    ImportResult first = importService.importFile(ImportKind.ORGANIZATIONS, orgs);
    assertThat(first.errors()).isEmpty();
    assertThat(importService.importFile(ImportKind.MEMBERS, members).errors()).isEmpty();
    assertThat(importService.importFile(ImportKind.ORGANIZATIONS, orgs))
        .isEqualTo(
            new ImportResult(
                0, 0, first.created() + first.updated() + first.unchanged(), List.of()));
    assertThat(importService.importFile(ImportKind.MEMBERS, members))
        .isEqualTo(new ImportResult(0, 0, 5, List.of()));
  }

  private ImportResult importCsv(ImportKind kind, String content) {
    return importService.importFile(kind, file("tep.csv", "text/csv", content));
  }

  private List<String> fileErrors(ImportKind kind, MockMultipartFile file) {
    ImportResult result = importService.importFile(kind, file);
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isIn(0, 1));
    return result.errors().stream().map(ImportError::message).toList();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  static MockMultipartFile file(String name, String contentType, String content) {
    return new MockMultipartFile(
        "file", name, contentType, content.getBytes(StandardCharsets.UTF_8));
  }

  private static MockMultipartFile sample(String name) throws IOException {
    return new MockMultipartFile(
        "file", name, "text/csv", Files.readAllBytes(Path.of("docs", "import", name)));
  }

  private static MockMultipartFile xlsx(byte[] content) {
    return new MockMultipartFile(
        "file",
        "tep.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        content);
  }

  /** A one-sheet workbook; LocalDate values become real date cells, as Excel stores them. */
  private static byte[] workbook(Object[][] rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = workbook.createSheet("Dữ liệu");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof LocalDate date) {
            var cell = row.createCell(c);
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
          } else {
            row.createCell(c).setCellValue(String.valueOf(value));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
