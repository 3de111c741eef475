package vn.chibo.organization;

import java.util.List;

/**
 * What an import did. When {@code errors} is not empty nothing was written and the counts are 0.
 */
public record ImportResult(int created, int updated, int unchanged, List<ImportError> errors) {

  public ImportResult {
    errors = List.copyOf(errors);
  }

  static ImportResult rejected(List<ImportError> errors) {
    return new ImportResult(0, 0, 0, errors);
  }

  public boolean succeeded() {
    return errors.isEmpty();
  }
}
