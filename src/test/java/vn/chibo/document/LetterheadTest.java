package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.Organization;
import vn.chibo.organization.OrganizationType;

/** The letterhead of each kind of issuing body, and dates as Party documents write them. */
class LetterheadTest {

  static final Organization PROVINCE =
      new Organization(
          1,
          "TQ",
          "Đảng bộ tỉnh Tuyên Quang",
          OrganizationType.PROVINCIAL_COMMITTEE,
          null,
          null,
          true);
  static final Organization COMMUNE =
      new Organization(
          2, "MB", "Đảng bộ xã Mỹ Bằng", OrganizationType.COMMUNE_COMMITTEE, 1L, 2L, true);
  static final Organization BRANCH =
      new Organization(
          3, "MB01", "Chi bộ thôn Đồng Hương", OrganizationType.BRANCH, 2L, null, true);
  static final Organization COMPANY =
      new Organization(
          4,
          "MXXM",
          "Đảng bộ Công ty Cổ phần Xi măng Tân Quang",
          OrganizationType.GRASSROOTS_ORGANIZATION,
          5L,
          null,
          true);
  static final Organization WARD =
      new Organization(
          5, "MX", "Đảng bộ phường Minh Xuân", OrganizationType.COMMUNE_COMMITTEE, 1L, 5L, true);

  @Test
  void aBranchWritesAsItselfUnderItsCommune() {
    Letterhead h = Letterhead.of(List.of(BRANCH, COMMUNE, PROVINCE));
    assertThat(h.parentLine()).isEqualTo("ĐẢNG BỘ XÃ MỸ BẰNG");
    assertThat(h.bodyLine()).isEqualTo("CHI BỘ THÔN ĐỒNG HƯƠNG");
    assertThat(h.bodySymbol()).isEqualTo("CB");
    assertThat(h.place()).isEqualTo("Mỹ Bằng");
  }

  @Test
  void aCommitteeWritesAsItsExecutiveCommittee() {
    Letterhead commune = Letterhead.of(List.of(COMMUNE, PROVINCE));
    assertThat(commune.parentLine()).isEqualTo("ĐẢNG BỘ TỈNH TUYÊN QUANG");
    assertThat(commune.bodyLine()).isEqualTo("ĐẢNG ỦY XÃ MỸ BẰNG");
    assertThat(commune.bodySymbol()).isEqualTo("ĐU");
    assertThat(commune.bodyName()).isEqualTo("Đảng ủy xã Mỹ Bằng");

    Letterhead province = Letterhead.of(List.of(PROVINCE));
    assertThat(province.parentLine()).isEmpty();
    assertThat(province.bodyLine()).isEqualTo("TỈNH ỦY TUYÊN QUANG");
    assertThat(province.bodySymbol()).isEqualTo("TU");
    assertThat(province.place()).isEqualTo("Tuyên Quang");

    // A company's committee under a ward: the place is the ward's.
    Letterhead company = Letterhead.of(List.of(COMPANY, WARD, PROVINCE));
    assertThat(company.bodyLine()).isEqualTo("ĐẢNG ỦY CÔNG TY CỔ PHẦN XI MĂNG TÂN QUANG");
    assertThat(company.parentLine()).isEqualTo("ĐẢNG BỘ PHƯỜNG MINH XUÂN");
    assertThat(company.place()).isEqualTo("Minh Xuân");
  }

  @Test
  void aLongNameIsBrokenBetweenWordsIntoEvenLines() {
    Letterhead company = Letterhead.of(List.of(COMPANY, WARD, PROVINCE));
    assertThat(company.bodyLines()).containsExactly("ĐẢNG ỦY CÔNG TY CỔ PHẦN", "XI MĂNG TÂN QUANG");
    assertThat(company.parentLines()).containsExactly("ĐẢNG BỘ PHƯỜNG MINH XUÂN");
    assertThat(Letterhead.of(List.of(BRANCH, COMMUNE)).bodyLines())
        .containsExactly("CHI BỘ THÔN ĐỒNG HƯƠNG");
    assertThat(
            Letterhead.balanced("ĐẢNG BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ MỸ BẰNG HUYỆN CŨ YÊN SƠN", 26))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(26))
        .hasSize(3);
    assertThat(Letterhead.balanced("CHI BỘ", 26)).containsExactly("CHI BỘ");
    assertThat(Letterhead.of(List.of(PROVINCE)).parentLines()).isEmpty();
  }

  @Test
  void datesTakeALeadingZeroForDaysBelowTenAndForJanuaryAndFebruaryOnly() {
    assertThat(Letterhead.inWords(LocalDate.of(2026, 12, 3)))
        .isEqualTo("ngày 03 tháng 12 năm 2026");
    assertThat(Letterhead.inWords(LocalDate.of(2026, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2026");
    assertThat(Letterhead.inWords(LocalDate.of(2027, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2027");
    assertThat(Letterhead.inWords(LocalDate.of(2027, 1, 31)))
        .isEqualTo("ngày 31 tháng 01 năm 2027");
    assertThat(Letterhead.of(List.of(BRANCH, COMMUNE)).placeAndDate(LocalDate.of(2026, 12, 3)))
        .isEqualTo("Mỹ Bằng, ngày 03 tháng 12 năm 2026");
  }
}
