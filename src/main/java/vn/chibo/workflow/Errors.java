package vn.chibo.workflow;

import java.util.ArrayList;
import java.util.List;

/** Collects every refused field of one submission, so a person sees all problems at once. */
public final class Errors {

  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  public Errors reject(String field, String reason) {
    errors.add(new InvalidInputException.FieldError(field, reason));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws when anything was refused; does nothing otherwise. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
