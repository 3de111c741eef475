package vn.chibo.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upserts organisations by code from an import table. The tree must stay valid after the file is
 * applied: every parent exists (already, or on an earlier row), every node may hang under its
 * parent, and a competent committee is a committee.
 */
@Component
class OrganizationImport {

  static final String CODE = "ma";
  static final String NAME = "ten";
  static final String TYPE = "loai";
  static final String PARENT = "ma_cap_tren";
  static final String COMPETENT = "ma_cap_uy_tham_quyen";

  static final List<String> REQUIRED = List.of(CODE, NAME, TYPE, PARENT);

  static final Map<String, String> LABELS =
      Map.of(
          CODE, "Mã",
          NAME, "Tên",
          TYPE, "Loại",
          PARENT, "Mã cấp trên",
          COMPETENT, "Mã cấp ủy có thẩm quyền");

  /** Common short forms of the type names, folded. */
  private static final Map<String, OrganizationType> TYPE_ALIASES =
      Map.of(
          "dang bo tinh", OrganizationType.PROVINCIAL_COMMITTEE,
          "dang bo thanh pho", OrganizationType.PROVINCIAL_COMMITTEE,
          "dang bo xa", OrganizationType.COMMUNE_COMMITTEE,
          "dang bo phuong", OrganizationType.COMMUNE_COMMITTEE,
          "dang bo dac khu", OrganizationType.COMMUNE_COMMITTEE,
          "chi bo co so", OrganizationType.BRANCH,
          "chi bo truc thuoc", OrganizationType.BRANCH);

  private final OrganizationRepository organizations;
  private final MemberRepository members;
  private final IdentitySync identitySync;

  OrganizationImport(
      OrganizationRepository organizations, MemberRepository members, IdentitySync identitySync) {
    this.organizations = organizations;
    this.members = members;
    this.identitySync = identitySync;
  }

  /** One row as read; null fields were missing or invalid (and an error says so). */
  private record Planned(
      int row,
      String code,
      String name,
      OrganizationType type,
      String parentCode,
      boolean parentBlank,
      boolean competentGiven,
      String competentCode) {}

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

    List<Planned> planned = new ArrayList<>();
    for (ImportTable.Line line : table.rows()) {
      var r = new ImportRowReader(table, line, LABELS, errors);
      planned.add(
          new Planned(
              r.row(),
              r.code(CODE, true),
              r.text(NAME, true),
              r.choice(TYPE, OrganizationType.class, OrganizationType::label, TYPE_ALIASES),
              r.code(PARENT, false),
              r.isBlank(PARENT),
              r.has(COMPETENT),
              r.code(COMPETENT, false)));
    }
    ImportDuplicates.check(
        planned.stream().filter(p -> p.code() != null).toList(),
        Planned::code,
        Planned::row,
        table.header(CODE),
        errors);

    Map<String, Organization> existing =
        organizations.findAll().stream()
            .collect(Collectors.toMap(Organization::code, Function.identity()));
    Map<String, Planned> inFile = new HashMap<>();
    for (Planned p : planned) {
      if (p.code() != null) {
        inFile.putIfAbsent(p.code(), p);
      }
    }
    checkTree(table, planned, inFile, existing, errors);
    if (!errors.isEmpty()) {
      return ImportResult.rejected(errors);
    }
    return apply(planned, existing);
  }

  private void checkTree(
      ImportTable table,
      List<Planned> planned,
      Map<String, Planned> inFile,
      Map<String, Organization> existing,
      List<ImportError> errors) {
    Map<String, Planned> earlier = new HashMap<>();
    for (Planned p : planned) {
      if (p.code() == null || p.type() == null) {
        continue;
      }
      if (p.type() == OrganizationType.PROVINCIAL_COMMITTEE) {
        if (p.parentCode() != null) {
          errors.add(
              error(
                  table,
                  p,
                  PARENT,
                  "Đảng bộ tỉnh/thành phố là cấp cao nhất, không có cấp trên: để trống ô này."));
        }
      } else if (p.parentBlank()) {
        errors.add(
            error(
                table, p, PARENT, "Mã cấp trên không được để trống với " + p.type().label() + "."));
      } else if (p.parentCode() != null && p.parentCode().equals(p.code())) {
        errors.add(error(table, p, PARENT, "Tổ chức không thể là cấp trên của chính nó."));
      } else if (p.parentCode() != null) {
        OrganizationType parentType =
            finalType(p.parentCode(), earlier, inFile, existing, table, p, PARENT, errors);
        if (parentType != null && !p.type().mayHangUnder(parentType)) {
          errors.add(
              error(
                  table,
                  p,
                  PARENT,
                  p.type().label()
                      + " không được trực thuộc "
                      + parentType.label()
                      + " (mã "
                      + p.parentCode()
                      + ")."));
        }
      }
      if (p.competentCode() != null) {
        OrganizationType competentType =
            p.competentCode().equals(p.code())
                ? p.type()
                : finalType(
                    p.competentCode(), earlier, inFile, existing, table, p, COMPETENT, errors);
        if (competentType != null && !competentType.isCommittee()) {
          errors.add(
              error(
                  table,
                  p,
                  COMPETENT,
                  "Tổ chức mã " + p.competentCode() + " là chi bộ, không phải cấp ủy."));
        }
      }
      earlier.putIfAbsent(p.code(), p);
    }
    checkWhatStaysBehind(table, inFile, existing, errors);
  }

  /**
   * The type a code will have after the import, or null (with an error) when it names no
   * organisation that exists or comes earlier in the file.
   */
  private static OrganizationType finalType(
      String code,
      Map<String, Planned> earlier,
      Map<String, Planned> inFile,
      Map<String, Organization> existing,
      ImportTable table,
      Planned p,
      String column,
      List<ImportError> errors) {
    Planned fromFile = inFile.get(code);
    if (earlier.containsKey(code) || (existing.containsKey(code) && fromFile != null)) {
      return fromFile.type();
    }
    if (existing.containsKey(code)) {
      return existing.get(code).type();
    }
    errors.add(
        error(
            table,
            p,
            column,
            fromFile != null
                ? "Tổ chức mã " + code + " phải đứng trước hàng này trong tệp."
                : "Không có tổ chức mã " + code + "."));
    return null;
  }

  /**
   * Organisations and members that are not in the file still hang under organisations that are: a
   * type change must not leave them under a node that may not hold them.
   */
  private void checkWhatStaysBehind(
      ImportTable table,
      Map<String, Planned> inFile,
      Map<String, Organization> existing,
      List<ImportError> errors) {
    for (Organization o : existing.values()) {
      Planned changed = inFile.get(o.code());
      if (changed == null || changed.type() == null || changed.type() == o.type()) {
        continue;
      }
      for (Organization child : existing.values()) {
        Planned childInFile = inFile.get(child.code());
        boolean parentKept =
            childInFile == null || Objects.equals(childInFile.parentCode(), o.code());
        OrganizationType childType =
            childInFile == null || childInFile.type() == null ? child.type() : childInFile.type();
        if (Objects.equals(child.parentId(), o.id())
            && parentKept
            && !childType.mayHangUnder(changed.type())) {
          errors.add(
              error(
                  table,
                  changed,
                  TYPE,
                  "Không thể đổi thành "
                      + changed.type().label()
                      + ": "
                      + child.name()
                      + " (mã "
                      + child.code()
                      + ") đang trực thuộc tổ chức này."));
        }
        boolean competentKept =
            childInFile == null
                || !childInFile.competentGiven()
                || Objects.equals(childInFile.competentCode(), o.code());
        if (Objects.equals(child.competentCommitteeId(), o.id())
            && competentKept
            && !changed.type().isCommittee()) {
          errors.add(
              error(
                  table,
                  changed,
                  TYPE,
                  "Không thể đổi thành chi bộ: tổ chức này là cấp ủy có thẩm quyền của "
                      + child.name()
                      + " (mã "
                      + child.code()
                      + ")."));
        }
      }
      if (o.isBranch() && !members.findByBranch(o.id()).isEmpty()) {
        errors.add(
            error(
                table,
                changed,
                TYPE,
                "Không thể đổi loại: chi bộ " + o.name() + " đang có đảng viên."));
      }
    }
  }

  private static ImportError error(ImportTable table, Planned p, String key, String message) {
    return new ImportError(p.row(), table.header(key), message);
  }

  private ImportResult apply(List<Planned> planned, Map<String, Organization> existing) {
    Map<String, Long> ids = new LinkedHashMap<>();
    existing.forEach((code, o) -> ids.put(code, o.id()));
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Planned p : planned) {
      Long parentId = p.parentCode() == null ? null : ids.get(p.parentCode());
      Organization before = existing.get(p.code());
      if (before == null) {
        Long competentId =
            p.competentCode() == null || p.competentCode().equals(p.code())
                ? null
                : ids.get(p.competentCode());
        long id =
            organizations.insert(
                new Organization(0, p.code(), p.name(), p.type(), parentId, competentId, true));
        ids.put(p.code(), id);
        if (p.code().equals(p.competentCode())) {
          organizations.update(
              new Organization(id, p.code(), p.name(), p.type(), parentId, id, true));
        }
        created++;
        continue;
      }
      Long competentId =
          p.competentGiven()
              ? (p.competentCode() == null ? null : ids.get(p.competentCode()))
              : before.competentCommitteeId();
      Organization after =
          new Organization(
              before.id(), p.code(), p.name(), p.type(), parentId, competentId, before.active());
      if (after.equals(before)) {
        unchanged++;
      } else {
        organizations.update(after);
        updated++;
      }
    }
    if (created + updated > 0) {
      // Group names and branch groups derive from the tree; nothing to sync when it did not move.
      identitySync.syncAll();
    }
    return new ImportResult(created, updated, unchanged, List.of());
  }
}
