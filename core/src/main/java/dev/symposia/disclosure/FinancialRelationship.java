package dev.symposia.disclosure;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.internal.ShortList;
import dev.symposia.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One disclosed relationship: its kind and the companies it is with.
 *
 * <pre>{@code
 * FinancialRelationship fees = FinancialRelationship.builder().kind(RelationshipKind.CONSULTING)
 *     .addCompanies(LocalId.of("meridian-pharma")).build();
 * }</pre>
 *
 * <p>Companies are institutions of the symposium, referred to by identifier; a source that states the kind of
 * a relationship but not the company leaves the list empty. A label names the kind only for
 * {@link RelationshipKind#OTHER}. No company may be named twice.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FinancialRelationship {
  FinancialRelationship() {}

  private static final String TYPE = "FinancialRelationship";

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of relationship.
   *
   * @return the kind; never null
   */
  public abstract RelationshipKind kind();

  /**
   * Returns the source's name for a relationship of kind {@link RelationshipKind#OTHER}.
   *
   * @return the label; empty when the kind is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> kindLabel();

  /**
   * Returns the companies the relationship is with.
   *
   * @return identifiers of institutions of the symposium, each once; never null, empty when not named
   */
  public abstract List<LocalId> companies();

  @Value.Check
  void check() {
    if (kindLabel().isPresent() && kind() != RelationshipKind.OTHER) {
      throw new InvalidModelException(TYPE, "kindLabel", "must be absent unless the kind is other",
          kindLabel().get().text());
    }
    // A set, not a scan of the list so far: a document may list many, and the check must stay linear.
    Set<LocalId> seen = new HashSet<>();
    for (int i = 0; i < companies().size(); i++) {
      if (!seen.add(companies().get(i))) {
        throw new InvalidModelException(TYPE, "companies[" + i + "]", "must not name a company twice",
            companies().get(i));
      }
    }
  }

  /**
   * Returns the kind and companies, such as {@code CONSULTING with meridian-pharma}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return kind() + kindLabel().map(l -> " (" + l.text() + ")").orElse("")
        + (companies().isEmpty() ? "" : " with " + ShortList.of(companies()));
  }

  /** Builds {@link FinancialRelationship} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableFinancialRelationship.Builder {
    Builder() {}
  }
}
