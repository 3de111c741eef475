package vn.chibo.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports organisations or members from an uploaded CSV or XLSX file: all rows or none. The file is
 * read before the transaction starts, so a slow upload or a large workbook does not hold a
 * connection.
 */
@Service
class ImportService {

  /** A file with every row wrong would otherwise produce a page nobody reads to the end. */
  static final int MAX_ERRORS = 1000;

  private final OrganizationImport organizationImport;
  private final MemberImport memberImport;

  ImportService(OrganizationImport organizationImport, MemberImport memberImport) {
    this.organizationImport = organizationImport;
    this.memberImport = memberImport;
  }

  ImportResult importFile(ImportKind kind, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return ImportResult.rejected(List.of(ImportError.ofFile("Chưa chọn tệp hoặc tệp rỗng.")));
    }
    if (file.getSize() > ImportTable.MAX_BYTES) {
      return ImportResult.rejected(
          List.of(ImportError.ofFile("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp nhỏ hơn.")));
    }
    ImportTable table;
    try {
      table = ImportTable.read(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    } catch (ImportTable.Rejected e) {
      return ImportResult.rejected(e.errors());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportResult result =
        switch (kind) {
          case ORGANIZATIONS -> organizationImport.importTable(table);
          case MEMBERS -> memberImport.importTable(table);
        };
    return sortedAndCapped(result);
  }

  /** Errors of the whole file first, then row by row as the user reads the file. */
  private static ImportResult sortedAndCapped(ImportResult result) {
    if (result.succeeded()) {
      return result;
    }
    List<ImportError> sorted = new ArrayList<>(result.errors());
    sorted.sort(Comparator.comparingInt(ImportError::row));
    if (sorted.size() <= MAX_ERRORS) {
      return ImportResult.rejected(sorted);
    }
    List<ImportError> errors = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
    errors.add(
        ImportError.ofFile(
            "Còn "
                + (result.errors().size() - MAX_ERRORS)
                + " lỗi khác; hãy sửa các lỗi trên rồi nhập lại."));
    return ImportResult.rejected(errors);
  }
}
