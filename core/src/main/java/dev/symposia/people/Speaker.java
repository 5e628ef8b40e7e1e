package dev.symposia.people;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.WikidataId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who takes part in a symposium in any role: speaker, chair, panellist, attendee, awardee,
 * signatory or guest.
 *
 * <pre>{@code
 * Speaker wang = Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen"))
 *     .addPositions(Position.of("Vice President", LocalId.of("cae"))).build();
 * }</pre>
 *
 * <p>A speaker appears once in a {@link dev.symposia.event.Symposium}, however many sessions they take
 * part in; sessions, agreements and awards refer to them by {@link #id()}. A speaker can also stand in an
 * {@link dev.symposia.agreement.AgreementRecord}, an agreement recorded on its own with its signatories.
 * Positions are those the source states, held at the time of the record or before it, with their dates when
 * the source gives them. Honorifics are kept in the order given, without repeats.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Speaker implements Aggregate {
  Speaker() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier by which the symposium's sessions, agreements and awards refer to this person.
   *
   * @return the identifier, unique within the symposium; never null
   */
  public abstract LocalId id();

  /**
   * Returns the person's name as the main source writes it.
   *
   * @return the name; never null
   */
  public abstract PersonName name();

  /**
   * Returns other forms of the name: other spellings, orders or scripts, such as {@code 王辰}.
   *
   * @return the other names, in the order given; never null, possibly empty
   */
  public abstract List<PersonName> otherNames();

  /**
   * Returns the titles of respect the source gives the person, such as "Prof." or "Academician".
   *
   * @return the honorifics, in the order given, without repeats; never null, possibly empty
   */
  public abstract List<Honorific> honorifics();

  /**
   * Returns the positions the person held at the time of the record, or had held before.
   *
   * @return the positions, in the order given; never null, possibly empty
   */
  public abstract List<Position> positions();

  /**
   * Returns the person's ORCID iD.
   *
   * @return the ORCID iD; empty when not known
   */
  public abstract Optional<Orcid> orcid();

  /**
   * Returns the person's ISNI.
   *
   * @return the ISNI; empty when not known
   */
  public abstract Optional<Isni> isni();

  /**
   * Returns the person's Wikidata item.
   *
   * @return the Wikidata QID; empty when not known
   */
  public abstract Optional<WikidataId> wikidataId();

  /**
   * Returns the name with its honorifics, as a programme would print it, such as
   * {@code Prof. LIU Enmei}.
   *
   * @return the name with honorifics; never null
   */
  public String displayName() {
    StringBuilder text = new StringBuilder();
    for (Honorific honorific : honorifics()) {
      text.append(honorific.abbreviation()).append(' ');
    }
    return text.append(name().displayName()).toString();
  }

  /**
   * Returns a builder initialised with this speaker's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    dev.symposia.internal.Notes.check("Speaker", this, notes());
    // A bit per honorific rather than a set: this runs for every speaker built or read.
    long seen = 0;
    for (int i = 0; i < honorifics().size(); i++) {
      long bit = 1L << honorifics().get(i).ordinal();
      if ((seen & bit) != 0) {
        throw new InvalidModelException("Speaker", "honorifics[" + i + "]", "must not repeat an honorific",
            honorifics().get(i));
      }
      seen |= bit;
    }
  }

  /**
   * Returns the identifier and display name, such as {@code Speaker[liu-enmei: Prof. LIU Enmei]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Speaker[" + id() + ": " + displayName() + "]";
  }

  /** Builds {@link Speaker} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}

    /**
     * Sets the identifier from its text form.
     *
     * @param id the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder id(String id) {
      id(LocalId.of(id));
      return this;
    }
  }
}
