package dev.symposia.accreditation;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.internal.TextRules;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The accreditation of a symposium or a session for continuing medical education: by whom, under which
 * scheme, with which activity identifier, for how many credits of which kind, and for which period.
 *
 * <pre>{@code
 * Accreditation cme = Accreditation.builder().accreditor(LocalId.of("northfield-cme-board"))
 *     .scheme(LocalizedText.of("National CME programme")).activityId("2031-07-0042")
 *     .addCredits(Credit.builder().kind(CreditKind.NATIONAL).amount("6")
 *         .label(LocalizedText.of("category I credits")).build())
 *     .build();
 * }</pre>
 *
 * <p>Everything is optional, because sources say as much or as little as "CME credits available": an
 * accreditation with no accreditor and no credits records exactly that. The accreditor is an institution of
 * the symposium, referred to by identifier (an accreditor such as the ACCME, the EACCME, a national CME
 * authority or a royal college). Two credit lines may not have the same kind and label. The activity
 * identifier is a text of at most {@value #MAX_ACTIVITY_ID_LENGTH} characters, not blank.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Accreditation {
  Accreditation() {}

  /** The greatest number of characters an activity identifier may have. */
  public static final int MAX_ACTIVITY_ID_LENGTH = 200;

  private static final String TYPE = "Accreditation";

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the body that accredited the event or session.
   *
   * @return the identifier of an institution of the symposium; empty when the source does not name it
   */
  public abstract Optional<LocalId> accreditor();

  /**
   * Returns the scheme or programme the accreditation is under, such as "National continuing medical education
   * programme".
   *
   * @return the scheme; empty when not stated
   */
  public abstract Optional<LocalizedText> scheme();

  /**
   * Returns the accreditor's identifier of the accredited activity, such as a project number.
   *
   * @return the identifier, as written; empty when not stated
   */
  public abstract Optional<String> activityId();

  /**
   * Returns the credits granted, one line per kind.
   *
   * @return the credits; never null, empty when the source states none
   */
  public abstract List<Credit> credits();

  /**
   * Returns the period for which the accreditation is valid, when the source states one.
   *
   * @return the period; empty when not stated
   */
  public abstract Optional<DateSpan> period();

  @Value.Check
  void check() {
    activityId().ifPresent(id -> {
      if (id.length() > MAX_ACTIVITY_ID_LENGTH) {
        throw new InvalidModelException(TYPE, "activityId",
            "must be at most " + MAX_ACTIVITY_ID_LENGTH + " characters long");
      }
      TextRules.requireText(TYPE, "activityId", id);
    });
    if (credits().size() > 1) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < credits().size(); i++) {
        Credit credit = credits().get(i);
        if (!seen.add(credit.kind() + "\u0000" + credit.label().map(LocalizedText::text).orElse(""))) {
          throw new InvalidModelException(TYPE, "credits[" + i + "]",
              "must not repeat the kind and label of an earlier credit", credit);
        }
      }
    }
  }

  /**
   * Returns the accreditor and credits, such as {@code Accreditation[by northfield-cme-board: 6 NATIONAL]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Accreditation[" + accreditor().map(a -> "by " + a).orElse("accreditor not stated")
        + (credits().isEmpty() ? "" : ": " + credits()) + "]";
  }

  /** Builds {@link Accreditation} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableAccreditation.Builder {
    Builder() {}

    /**
     * Sets the accreditor from its identifier.
     *
     * @param accreditor the identifier of an institution of the symposium; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder accreditor(String accreditor) {
      accreditor(accreditor == null ? null : LocalId.of(accreditor));
      return this;
    }
  }
}
