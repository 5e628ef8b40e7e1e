package dev.symposia.internal;

import dev.symposia.event.Symposium;

/**
 * Builds a symposium whose references a reader has already resolved, so that core does not resolve them
 * a second time.
 *
 * <p>Not API: exported only to the JSON module, whose reader sees every declaration and every reference of
 * a document while it reads them and can tell, from its own table of identifiers, that each reference names
 * an entity of the right kind and that no identifier is declared twice. Resolving them again would walk the
 * whole programme just built, a tenth of the time of reading it. Everything else that {@link Symposium}
 * checks is still checked; only the reference check is skipped, and only for the one build called here.
 * A reader that cannot prove its references must call {@link Symposium.Builder#build()} instead, which
 * also produces the exact message for a reference that dangles.
 *
 * <p>Thread-safe: the permission is held per thread, for the duration of one call.
 */
public final class ProvenReferences {
  private static final ThreadLocal<Boolean> PROVEN = new ThreadLocal<>();

  private ProvenReferences() {}

  /**
   * Builds the symposium without resolving its references.
   *
   * @param builder a builder of a symposium whose identifiers the caller has shown to be unique and whose
   *     references the caller has shown to resolve to entities of the kinds they require; not null
   * @return the symposium; never null
   * @throws dev.symposia.InvalidModelException for any other attribute or invariant the builder refuses
   */
  public static Symposium build(Symposium.Builder builder) {
    PROVEN.set(Boolean.TRUE);
    try {
      return builder.build();
    } finally {
      PROVEN.remove();
    }
  }

  /**
   * Returns whether the symposium being built on this thread comes from {@link #build}.
   *
   * @return true only inside {@link #build}
   */
  public static boolean areProven() {
    return PROVEN.get() != null;
  }
}
