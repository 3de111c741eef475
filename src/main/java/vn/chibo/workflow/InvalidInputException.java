package vn.chibo.workflow;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a person gave that the rules refuse: which fields and why, in Vietnamese.
 *
 * <p>It extends the engine's form-validation exception on purpose: thrown while a task completes
 * (from a listener or a service the listener calls), the engine rolls the transaction back and its
 * REST API (both {@code /engine-rest} and the Tasklist's) answers 400 with this message instead of
 * 500. The app's own pages catch it and show each error next to its field.
 */
public class InvalidInputException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.get(0).field(), describe(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.reason())
        .collect(Collectors.joining("; "));
  }

  /** One refused field: its key (the form field / variable name) and the reason in Vietnamese. */
  public record FieldError(String field, String reason) {
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
