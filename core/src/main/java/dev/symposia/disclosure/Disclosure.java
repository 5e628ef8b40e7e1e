package dev.symposia.disclosure;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A speaker's conflict-of-interest disclosure for the symposium it belongs to: either nothing to disclose, or
 * the financial relationships the speaker declared.
 *
 * <pre>{@code
 * Disclosure none = Disclosure.nothingToDisclose(LocalId.of("aster-lin"));
 * Disclosure some = Disclosure.builder().speaker(LocalId.of("tomas-verlaine"))
 *     .addRelationships(FinancialRelationship.builder().kind(RelationshipKind.CONSULTING)
 *         .addCompanies(LocalId.of("meridian-pharma")).build())
 *     .build();
 * }</pre>
 *
 * <p>A disclosure belongs to one symposium and is dated by it: the same person's disclosure for another
 * event is another record. The speaker is a speaker of the symposium, referred to by identifier, with at most
 * one disclosure. A disclosure states nothing to disclose or at least one relationship, never both and never
 * neither: a speaker whose disclosure the source does not give has no disclosure.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disclosure {
  Disclosure() {}

  private static final String TYPE = "Disclosure";

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the disclosure of a speaker who declared no relevant financial relationship.
   *
   * @param speaker the speaker; not null
   * @return the disclosure; never null
   * @throws InvalidModelException if {@code speaker} is null
   */
  public static Disclosure nothingToDisclose(LocalId speaker) {
    return builder().speaker(speaker).nothingToDisclose(true).build();
  }

  /**
   * Returns the speaker who made the disclosure.
   *
   * @return the identifier of a speaker of the symposium; never null
   */
  public abstract LocalId speaker();

  /**
   * Tells whether the speaker declared that there was nothing to disclose.
   *
   * @return true for nothing to disclose; false when {@link #relationships()} lists what was disclosed
   */
  @Value.Default
  public boolean nothingToDisclose() {
    return false;
  }

  /**
   * Returns the relationships disclosed.
   *
   * @return the relationships; never null, empty exactly when there is nothing to disclose
   */
  public abstract List<FinancialRelationship> relationships();

  @Value.Check
  void check() {
    if (nothingToDisclose() && !relationships().isEmpty()) {
      throw new InvalidModelException(TYPE, "relationships", "must be empty when there is nothing to disclose",
          relationships().size());
    }
    if (!nothingToDisclose() && relationships().isEmpty()) {
      throw new InvalidModelException(TYPE, "relationships",
          "must not be empty unless there is nothing to disclose");
    }
  }

  /**
   * Returns the speaker and what was disclosed, such as {@code Disclosure[aster-lin: nothing to disclose]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Disclosure[" + speaker() + ": " + (nothingToDisclose() ? "nothing to disclose" : relationships())
        + "]";
  }

  /** Builds {@link Disclosure} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableDisclosure.Builder {
    Builder() {}

    /**
     * Sets the speaker from its identifier.
     *
     * @param speaker the identifier of a speaker of the symposium; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder speaker(String speaker) {
      speaker(speaker == null ? null : LocalId.of(speaker));
      return this;
    }
  }
}
