package dev.symposia.people;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.WikidataId;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who takes part in a symposium in any role: speaker, chair, panellist, attendee, awardee,
 * signatory or guest, named or known only by an identifier or a description.
 *
 * <pre>{@code
 * Speaker wang = Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen"))
 *     .addPositions(Position.of("Vice President", LocalId.of("cae"))).build();
 * Speaker representative = Speaker.builder().id("ministry-representative")
 *     .description(LocalizedText.of("a representative of the ministry")).build();
 * }</pre>
 *
 * <p>A person is identified by whatever the source gives: a {@link #name()}, an identifier ({@link #orcid()},
 * {@link #isni()}, {@link #wikidataId()}) or a {@link #description()} ("an invited lecturer from a partner
 * university"); building a speaker with none of these is refused. A person known only by a description is
 * still one person, referred to by {@link #id()} like any other, so the same unnamed lecturer can speak in
 * two sessions and the same rules (overlapping sessions, signatories) apply.
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
   * @return the name; empty when the source does not name the person
   */
  public abstract Optional<PersonName> name();

  /**
   * Returns who the person is, as the source describes them, such as "a representative of the ministry"
   * or "an author identified only by her ORCID". It identifies a person the source does not name, and may
   * also be given for one it names.
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

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
   * Returns what a programme would print for the person: the name with its honorifics, such as
   * {@code Prof. LIU Enmei}; for a person the source does not name, the description (such as
   * {@code a representative of the ministry}) or else the first identifier known, in the order ORCID,
   * ISNI, Wikidata (such as {@code ORCID 0000-0002-1825-0097}). No name is ever made up, and honorifics
   * are printed only before a name.
   *
   * @return the name with honorifics, the description or an identifier; never null
   */
  public String displayName() {
    if (name().isEmpty()) {
      return description().map(LocalizedText::text).orElseGet(this::identifierText);
    }
    StringBuilder text = new StringBuilder();
    for (Honorific honorific : honorifics()) {
      text.append(honorific.abbreviation()).append(' ');
    }
    return text.append(name().get().displayName()).toString();
  }

  private String identifierText() {
    if (orcid().isPresent()) {
      return "ORCID " + orcid().get().value();
    }
    if (isni().isPresent()) {
      return "ISNI " + isni().get().value();
    }
    return "Wikidata " + wikidataId().map(WikidataId::value).orElse("");
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
    if (name().isEmpty() && description().isEmpty() && orcid().isEmpty() && isni().isEmpty()
        && wikidataId().isEmpty()) {
      throw new InvalidModelException("Speaker", "name",
          "is required unless an ORCID iD, ISNI, Wikidata item or description identifies the person", id());
    }
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
   * Returns the identifier and display name, such as {@code Speaker[liu-enmei: Prof. LIU Enmei]} or
   * {@code Speaker[ministry-representative: a representative of the ministry]}.
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
      id(id == null ? null : LocalId.of(id));
      return this;
    }

    /**
     * Sets the description from English text.
     *
     * @param description the description in English, such as "an invited lecturer"; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder description(String description) {
      description(description == null ? null : LocalizedText.of(description));
      return this;
    }
  }
}
