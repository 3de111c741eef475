package vn.chibo.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** A code may appear once per file: two rows for one code would make the result order-dependent. */
final class ImportDuplicates {

  private ImportDuplicates() {}

  static <T> void check(
      List<T> rows,
      Function<T, String> code,
      ToIntFunction<T> row,
      String column,
      List<ImportError> errors) {
    Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
    for (T t : rows) {
      rowsByCode.computeIfAbsent(code.apply(t), k -> new ArrayList<>()).add(row.applyAsInt(t));
    }
    rowsByCode.forEach(
        (c, at) -> {
          if (at.size() > 1) {
            errors.add(
                new ImportError(
                    0,
                    column,
                    "Mã "
                        + c
                        + " xuất hiện nhiều lần trong tệp (hàng "
                        + at.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")."));
          }
        });
  }
}
