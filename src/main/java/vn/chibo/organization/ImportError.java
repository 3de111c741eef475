package vn.chibo.organization;

/**
 * One reason a file was rejected.
 *
 * @param row the row as the user sees it in the file (the header is row 1); 0 for the whole file
 * @param column the column header as written in the file, or the expected header when it is
 *     missing; empty for the whole file
 * @param message what is wrong, in Vietnamese
 */
public record ImportError(int row, String column, String message) {

  static ImportError ofFile(String message) {
    return new ImportError(0, "", message);
  }
}
