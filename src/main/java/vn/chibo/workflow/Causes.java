package vn.chibo.workflow;

import java.util.Optional;

/** Finds our own exceptions inside the engine's wrappers. */
public final class Causes {

  private Causes() {}

  public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Rethrows the refused input or step conflict inside {@code e}, else {@code e} itself. */
  public static RuntimeException unwrap(RuntimeException e) {
    Optional<InvalidInputException> invalid = find(e, InvalidInputException.class);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    Optional<StepConflictException> conflict = find(e, StepConflictException.class);
    if (conflict.isPresent()) {
      return conflict.get();
    }
    return e;
  }
}
