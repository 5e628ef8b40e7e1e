package dev.symposia.agreement;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who signed an agreement, and the party they signed it for: a named person, or someone the source
 * does not name.
 *
 * <pre>{@code
 * Signatory li = Signatory.of(LocalId.of("li-huabing"), LocalId.of("cqmu"));
 * Signatory president = Signatory.unnamed(LocalId.of("northmere"), LocalizedText.of("President"));
 * }</pre>
 *
 * <p>A named signatory's person is a {@link dev.symposia.people.Speaker} and the party an
 * {@link dev.symposia.institution.Institution} of the same record, both referred to by identifier; the
 * party must be one of the agreement's parties. Several signatories may sign for one party (a president and
 * a provost), each a signatory of their own.
 *
 * <p>An <em>unnamed</em> signatory ({@link #unnamed(LocalId)}) says that the party signed through someone
 * the source does not name ("signed by a representative of the hospital"), and may carry the
 * {@link #title()} the source gives them ("the President of Northmere University"). A party with no
 * signatory at all is one whose signing the source does not describe. A named signatory carries no title:
 * what they are is stated once, in their speaker's positions.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signatory {
  Signatory() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a named person signing for a party.
   *
   * @param person the person's identifier; not null
   * @param party the identifier of the party they signed for; not null
   * @return the signatory; never null
   * @throws InvalidModelException if an argument is null
   */
  public static Signatory of(LocalId person, LocalId party) {
    if (person == null) {
      throw new InvalidModelException("Signatory", "person", "must not be null", null);
    }
    return builder().person(person).party(party).build();
  }

  /**
   * Returns someone the source does not name, signing for a party.
   *
   * @param party the identifier of the party they signed for; not null
   * @return the signatory; never null
   * @throws InvalidModelException if {@code party} is null
   */
  public static Signatory unnamed(LocalId party) {
    return builder().party(party).build();
  }

  /**
   * Returns someone the source does not name but describes by their title, signing for a party.
   *
   * @param party the identifier of the party they signed for; not null
   * @param title the title the source gives them, such as "President"; not null
   * @return the signatory; never null
   * @throws InvalidModelException if an argument is null
   */
  public static Signatory unnamed(LocalId party, LocalizedText title) {
    return builder().party(party).title(title).build();
  }

  /**
   * Returns the person who signed.
   *
   * @return the person's identifier; empty when the source does not name them
   */
  public abstract Optional<LocalId> person();

  /**
   * Returns the party the signatory signed for.
   *
   * @return the party's identifier; never null
   */
  public abstract LocalId party();

  /**
   * Returns the title the source gives an unnamed signatory, such as "President" in "signed by the
   * President of Northmere University".
   *
   * @return the title; empty for a named signatory, and for an unnamed one the source does not describe
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Tells whether the source names the signatory.
   *
   * @return true if {@link #person()} is present
   */
  public boolean isNamed() {
    return person().isPresent();
  }

  @Value.Check
  void check() {
    if (person().isPresent() && title().isPresent()) {
      throw new InvalidModelException("Signatory", "title",
          "must be absent for a named signatory, whose positions say what they are", title().get().text());
    }
  }

  /**
   * Returns the person and party, such as {@code li-huabing for cqmu}, {@code (unnamed) for cqmu} or
   * {@code (unnamed President) for northmere}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    if (person().isPresent()) {
      return person().get() + " for " + party();
    }
    return title().map(t -> "(unnamed " + t.text() + ")").orElse("(unnamed)") + " for " + party();
  }

  /** Builds {@link Signatory} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}
