package dev.symposia.institution;

import dev.symposia.identifier.LocalId;
import org.immutables.value.Value;

/**
 * A tie from one institution to another, such as "subordinate to" or "run by".
 *
 * <pre>{@code
 * InstitutionTie tie = InstitutionTie.of(TieKind.RUN_BY, LocalId.of("shanghaitech"));
 * }</pre>
 *
 * <p>The other institution is referred to by its identifier in the same symposium.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstitutionTie {
  InstitutionTie() {}

  /**
   * Returns a tie of the given kind to the given institution.
   *
   * @param kind the kind of tie; not null
   * @param institution the other institution's identifier; not null
   * @return the tie; never null
   * @throws dev.symposia.InvalidModelException if an argument is null
   */
  public static InstitutionTie of(TieKind kind, LocalId institution) {
    return ImmutableInstitutionTie.of(kind, institution);
  }

  /**
   * Returns the kind of tie.
   *
   * @return the kind; never null
   */
  @Value.Parameter
  public abstract TieKind kind();

  /**
   * Returns the institution this tie points to.
   *
   * @return the other institution's identifier; never null
   */
  @Value.Parameter
  public abstract LocalId institution();

  /**
   * Returns the kind and target, such as {@code RUN_BY shanghaitech}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return kind() + " " + institution();
  }
}
