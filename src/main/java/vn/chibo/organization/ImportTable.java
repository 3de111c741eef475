package vn.chibo.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A CSV or XLSX file read into a header and rows of text, keyed by the folded header name. The
 * importers never see the file format: a real date cell of a spreadsheet arrives as an ISO date
 * ("1980-03-15"), which the importers accept next to dd/MM/yyyy.
 */
final class ImportTable {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  private static final Set<String> CSV_TYPES =
      Set.of(
          "text/csv",
          "text/plain",
          "text/x-csv",
          "text/comma-separated-values",
          "application/csv",
          "application/x-csv",
          // What browsers on Windows with Excel installed send for a .csv file.
          "application/vnd.ms-excel",
          "application/octet-stream");
  private static final Set<String> XLSX_TYPES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/zip",
          "application/x-zip-compressed",
          "application/octet-stream");

  private final Map<String, String> headers;
  private final List<Line> rows;

  private ImportTable(Map<String, String> headers, List<Line> rows) {
    this.headers = headers;
    this.rows = rows;
  }

  /** The folded header keys present in the file, in file order. */
  Set<String> keys() {
    return headers.keySet();
  }

  boolean has(String key) {
    return headers.containsKey(key);
  }

  /** The header as the user wrote it, so that an error names the column they can see. */
  String header(String key) {
    return headers.getOrDefault(key, key);
  }

  List<Line> rows() {
    return rows;
  }

  /** One data row; {@code number} is the row as the user sees it (the header is row 1). */
  record Line(int number, Map<String, String> cells) {

    /** The trimmed text of a cell, "" when the cell or the column is missing. */
    String get(String key) {
      return cells.getOrDefault(key, "");
    }
  }

  /** The file cannot be read as a table; nothing in it was looked at row by row. */
  static final class Rejected extends Exception {
    private final transient List<ImportError> errors;

    Rejected(List<ImportError> errors) {
      super(errors.isEmpty() ? "rejected" : errors.get(0).message(), null, false, false);
      this.errors = List.copyOf(errors);
    }

    Rejected(String message) {
      this(List.of(ImportError.ofFile(message)));
    }

    List<ImportError> errors() {
      return errors;
    }
  }

  /** The header key of a column: "Mã cấp trên", "MA_CAP_TREN" and "ma cap tren" are the same. */
  static String key(String header) {
    return SearchText.fold(header).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  static ImportTable read(String filename, String contentType, byte[] content) throws Rejected {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).trim();
    boolean csv = name.endsWith(".csv");
    boolean xlsx = name.endsWith(".xlsx");
    if (!csv && !xlsx) {
      throw new Rejected("Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx.");
    }
    String type = baseType(contentType);
    if (type != null && !(csv ? CSV_TYPES : XLSX_TYPES).contains(type)) {
      throw new Rejected(
          "Kiểu nội dung " + type + " không khớp với tệp " + (csv ? ".csv" : ".xlsx") + ".");
    }
    if (content.length > MAX_BYTES) {
      throw new Rejected("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp nhỏ hơn.");
    }
    if (content.length == 0) {
      throw new Rejected("Tệp rỗng.");
    }
    return fromRawRows(csv ? readCsv(content) : readXlsx(content));
  }

  private static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private record RawRow(int number, List<String> values) {
    boolean blank() {
      return values.stream().allMatch(String::isBlank);
    }
  }

  private static List<RawRow> readCsv(byte[] content) throws Rejected {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Rejected(
          "Tệp CSV không phải bảng mã UTF-8. Trong Excel hãy lưu bằng «CSV UTF-8 (Comma"
              + " delimited)».");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Excel saves CSV with the list separator of the computer's region, which is often ';'.
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    // Empty lines are kept so that record numbers stay equal to the row numbers the user sees.
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<RawRow> rows = new ArrayList<>();
    int dataRows = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        RawRow row = new RawRow((int) record.getRecordNumber(), record.toList());
        if (!rows.isEmpty() && !row.blank() && ++dataRows > MAX_ROWS) {
          throw tooManyRows();
        }
        rows.add(row);
      }
    } catch (IOException | RuntimeException e) {
      throw new Rejected(
          "Không đọc được tệp CSV (có thể do dấu ngoặc kép không đóng) sau hàng "
              + (rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number())
              + ".");
    }
    return rows;
  }

  private static List<RawRow> readXlsx(byte[] content) throws Rejected {
    // Every .xlsx is a zip archive; anything else is not worth handing to the parser.
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw new Rejected("Không đọc được tệp .xlsx: tệp không phải bảng tính Excel.");
    }
    List<RawRow> rows = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new Rejected("Tệp rỗng.");
      }
      Sheet sheet = workbook.getSheetAt(0);
      int dataRows = 0;
      for (int i = 0; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        List<String> values = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            values.add(text(row.getCell(c)));
          }
        }
        RawRow raw = new RawRow(i + 1, values);
        if (i > 0 && !raw.blank() && ++dataRows > MAX_ROWS) {
          throw tooManyRows();
        }
        rows.add(raw);
      }
    } catch (IOException | RuntimeException e) {
      throw new Rejected("Không đọc được tệp .xlsx: tệp hỏng hoặc không phải bảng tính Excel.");
    }
    return rows;
  }

  private static Rejected tooManyRows() {
    return new Rejected("Tệp có hơn 20.000 hàng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn.");
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      // An error cell must fail validation rather than pass as an empty, optional value.
      case ERROR -> "#ERROR";
      default -> "";
    };
  }

  private static ImportTable fromRawRows(List<RawRow> raw) throws Rejected {
    if (raw.isEmpty() || raw.get(0).blank()) {
      throw new Rejected("Tệp rỗng hoặc hàng 1 không phải hàng tiêu đề.");
    }
    List<String> headerCells = raw.get(0).values();
    Map<String, String> headers = new LinkedHashMap<>();
    Map<Integer, String> keyAt = new HashMap<>();
    List<ImportError> errors = new ArrayList<>();
    for (int c = 0; c < headerCells.size(); c++) {
      String header = SearchText.canonical(headerCells.get(c));
      String key = key(header);
      if (key.isEmpty()) {
        continue;
      }
      if (headers.containsKey(key)) {
        errors.add(new ImportError(1, header, "Cột " + header + " xuất hiện hai lần."));
        continue;
      }
      headers.put(key, header);
      keyAt.put(c, key);
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    List<Line> lines = new ArrayList<>();
    for (RawRow row : raw.subList(1, raw.size())) {
      if (row.blank()) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (var e : keyAt.entrySet()) {
        if (e.getKey() < row.values().size()) {
          cells.put(e.getValue(), SearchText.canonical(row.values().get(e.getKey())));
        }
      }
      lines.add(new Line(row.number(), cells));
    }
    if (lines.isEmpty()) {
      throw new Rejected("Tệp chỉ có hàng tiêu đề, không có hàng dữ liệu nào.");
    }
    return new ImportTable(headers, lines);
  }
}
