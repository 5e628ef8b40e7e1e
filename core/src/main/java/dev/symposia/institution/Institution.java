package dev.symposia.institution;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.internal.TextRules;
import dev.symposia.internal.PartialLists;
import dev.symposia.place.CountryCode;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A university, school, hospital, academy, society, government body, foundation, research centre, company
 * or any other body that takes part in, or is named by, a symposium, named or known only by an identifier or
 * a description.
 *
 * <pre>{@code
 * Institution nusMedicine = Institution.builder().id("nus-medicine").name("Yong Loo Lin School of Medicine")
 *     .kind(InstitutionKind.SCHOOL).country(CountryCode.of("SG")).parent(LocalId.of("nus")).build();
 * Institution partner = Institution.builder().id("partner-university")
 *     .description("a partner university").kind(InstitutionKind.UNIVERSITY).build();
 * }</pre>
 *
 * <p>An institution is identified by whatever the source gives: a {@link #name()}, an identifier
 * ({@link #ror()}, {@link #isni()}, {@link #wikidataId()}) or a {@link #description()} ("the ministry",
 * "a partner university"); building one with none of these is refused. An unnamed institution is referred to
 * by {@link #id()} like any other and plays roles, signs agreements and employs people in the same way.
 *
 * <p>An institution may be a unit of another ({@link #parent()}) and have other ties to other institutions
 * ({@link #ties()}); both refer to institutions of the same symposium by identifier. An institution is
 * never its own parent nor tied to itself; longer cycles are found by the validation module.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Institution implements Aggregate {
  Institution() {}

  private static final List<String> PARTIAL_LISTS = List.of("focusAreas");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier by which the rest of the symposium refers to this institution.
   *
   * @return the identifier, unique within the symposium; never null
   */
  public abstract LocalId id();

  /**
   * Returns the institution's name.
   *
   * @return the name, in one or more languages; empty when the source does not name the institution
   */
  public abstract Optional<LocalizedText> name();

  /**
   * Returns abbreviations and short forms of the name, such as {@code CAE} or {@code NUS Medicine}.
   *
   * @return the short names, in the order given; never null, possibly empty
   */
  public abstract List<String> shortNames();

  /**
   * Returns what sort of body this is.
   *
   * @return the kind; never null
   */
  public abstract InstitutionKind kind();

  /**
   * Returns the source's own name for a kind of body the model has no value for, when {@link #kind()} is
   * {@link InstitutionKind#OTHER}, such as "consulting centre".
   *
   * @return the label; empty when the kind is not {@code OTHER} or the source names none
   */
  public abstract Optional<LocalizedText> kindLabel();

  /**
   * Returns the country or region where the institution is.
   *
   * @return the ISO 3166-1 code; empty when not known
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the city where the institution is.
   *
   * @return the city; empty when not known
   */
  public abstract Optional<LocalizedText> city();

  /**
   * Returns the institution this one is a unit of, such as the university of a school.
   *
   * @return the parent's identifier; empty for a body that is no other's unit
   */
  public abstract Optional<LocalId> parent();

  /**
   * Returns the institution's other ties, such as "subordinate to" or "run by".
   *
   * @return the ties, in the order given; never null, possibly empty
   */
  public abstract List<InstitutionTie> ties();

  /**
   * Returns what the institution works on, such as the diseases a research centre focuses on first.
   *
   * @return the focus areas, in the order given; never null, possibly empty
   */
  public abstract List<LocalizedText> focusAreas();

  /**
   * Returns a short description, such as "planned to the standard of a tertiary general hospital"; for an
   * institution the source does not name, what it says of it, such as "a partner university".
   *
   * @return the description; empty when there is none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the institution's ROR ID.
   *
   * @return the ROR ID; empty when not known
   */
  public abstract Optional<RorId> ror();

  /**
   * Returns the institution's ISNI.
   *
   * @return the ISNI; empty when not known
   */
  public abstract Optional<Isni> isni();

  /**
   * Returns the institution's Wikidata item.
   *
   * @return the Wikidata QID; empty when not known
   */
  public abstract Optional<WikidataId> wikidataId();

  /**
   * Returns what a programme would print for the institution: its name; for an institution the source does
   * not name, its description (such as {@code a partner university}) or else the first identifier known, in
   * the order ROR, ISNI, Wikidata (such as {@code ROR 05dxps055}). No name is ever made up.
   *
   * @return the name, the description or an identifier; never null
   */
  public String displayName() {
    if (name().isPresent()) {
      return name().get().text();
    }
    if (description().isPresent()) {
      return description().get().text();
    }
    if (ror().isPresent()) {
      return "ROR " + ror().get().value();
    }
    if (isni().isPresent()) {
      return "ISNI " + isni().get().value();
    }
    return "Wikidata " + wikidataId().map(WikidataId::value).orElse("");
  }

  /**
   * Returns a builder initialised with this institution's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the names of this Institution's lists that the source gives only in part, such as {@code ["focusAreas"]} for "neoplastic, ... diseases and other diseases".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code focusAreas}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this Institution only in part.
   *
   * @param list the list's name, one of {@code focusAreas}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("Institution", partialLists(), PARTIAL_LISTS, list);
  }

  @Value.Check
  void check() {
    if (name().isEmpty() && description().isEmpty() && ror().isEmpty() && isni().isEmpty()
        && wikidataId().isEmpty()) {
      throw new InvalidModelException("Institution", "name",
          "is required unless a ROR ID, ISNI, Wikidata item or description identifies the institution", id());
    }
    PartialLists.check("Institution", partialLists(), PARTIAL_LISTS);
    if (kindLabel().isPresent() && kind() != InstitutionKind.OTHER) {
      throw new InvalidModelException("Institution", "kindLabel", "must be absent unless the kind is other, as "
          + kind().name().toLowerCase(java.util.Locale.ROOT) + " names it already", kindLabel().get().text());
    }
    dev.symposia.internal.Notes.check("Institution", this, notes());
    for (int i = 0; i < shortNames().size(); i++) {
      TextRules.requireText("Institution", "shortNames[" + i + "]", shortNames().get(i));
    }
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new InvalidModelException("Institution", "parent", "must not be the institution itself", id());
    }
    for (int i = 0; i < ties().size(); i++) {
      if (ties().get(i).institution().equals(id())) {
        throw new InvalidModelException("Institution", "ties[" + i + "].institution",
            "must not be the institution itself", id());
      }
    }
  }

  /**
   * Returns the identifier and display name, such as
   * {@code Institution[cqmu: Chongqing Medical University]} or {@code Institution[partner: a partner university]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Institution[" + id() + ": " + displayName() + "]";
  }

  /** Builds {@link Institution} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableInstitution.Builder {
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
     * Sets the name from English text.
     *
     * @param name the name in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the name is null or blank
     */
    public Builder name(String name) {
      name(name == null ? null : LocalizedText.of(name));
      return this;
    }

    /**
     * Sets the description from English text.
     *
     * @param description the description in English, such as "a partner university"; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder description(String description) {
      description(description == null ? null : LocalizedText.of(description));
      return this;
    }
  }
}
