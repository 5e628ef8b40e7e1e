package dev.symposia.agreement;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Source;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.internal.ShortList;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cooperation agreement signed at no event, recorded on its own: the agreement, the institutions it names
 * (its parties, their parent institutions, where it was signed) and the people who signed it, with the
 * sources the record comes from.
 *
 * <pre>{@code
 * AgreementRecord record = AgreementRecord.builder()
 *     .agreement(memorandum).addInstitutions(northmere, valeHarbour).addSpeakers(carberry).build();
 * record.institution(LocalId.of("northmere")).map(i -> i.name().text()); // Optional[Northmere University]
 * }</pre>
 *
 * <p>A memorandum signed at a ministry or a contract renewed by mail belongs to no symposium; this record
 * holds everything its identifiers mean, so that it stands as a whole in Java and as one JSON document.
 * The agreement's references resolve against the record's own {@link #institutions()} and
 * {@link #speakers()}, exactly as a symposium's do against its own, with the same paths in refusals.
 * Building checks, and refuses with an {@link InvalidModelException} naming the path of the offence:
 * <ul>
 *   <li>an identifier used twice, by the agreement, an institution or a speaker;</li>
 *   <li>a reference to an institution or speaker the record does not hold, or of the wrong kind: the
 *       agreement's parties, signatories and place, the institutions' parents and ties, the speakers'
 *       positions;</li>
 *   <li>a {@link CooperationAgreement#signedAt() signedAt} session: sessions exist only in a symposium,
 *       so an agreement signed at one belongs in that symposium, and a record says where it was signed with
 *       {@link CooperationAgreement#place()} instead.</li>
 * </ul>
 * The positions of its speakers are stated as of the signing: {@link dev.symposia.people.PositionStatus#CURRENT}
 * means held when the agreement was signed. The validation module applies the same agreement, institution
 * and identifier rules to a record as to a symposium.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AgreementRecord implements Aggregate {
  private static final String TYPE = "AgreementRecord";

  AgreementRecord() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the agreement.
   *
   * @return the agreement, with no {@code signedAt}; never null
   */
  public abstract CooperationAgreement agreement();

  /**
   * Returns every institution the record names: the parties, their parents and ties, and any other the
   * agreement or the positions of its signatories refer to.
   *
   * @return the institutions, in the order given; never null, possibly empty
   */
  public abstract List<Institution> institutions();

  /**
   * Returns every person the record names: the signatories, with their positions as of the signing.
   *
   * @return the speakers, in the order given; never null, possibly empty
   */
  public abstract List<Speaker> speakers();

  /**
   * Returns where the record comes from.
   *
   * @return the sources; never null, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the identifier of the record, which is its agreement's.
   *
   * @return the agreement's identifier; never null
   */
  @Override
  public final LocalId id() {
    return agreement().id();
  }

  /**
   * Returns the institution of the record with the given identifier.
   *
   * @param id the identifier; may be null, which finds nothing
   * @return the institution; empty when the record has none with that identifier
   */
  public Optional<Institution> institution(LocalId id) {
    return Optional.ofNullable(index().institutions.get(id));
  }

  /**
   * Returns the speaker of the record with the given identifier.
   *
   * @param id the identifier; may be null, which finds nothing
   * @return the speaker; empty when the record has none with that identifier
   */
  public Optional<Speaker> speaker(LocalId id) {
    return Optional.ofNullable(index().speakers.get(id));
  }

  @Value.Lazy
  @Value.Auxiliary
  Index index() {
    return new Index(this);
  }

  /**
   * Returns a builder initialised with this record's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    dev.symposia.internal.Notes.check("AgreementRecord", this, notes());
    Map<LocalId, Kind> kinds = new HashMap<>();
    Map<LocalId, String> declaredAt = new HashMap<>();
    declare(kinds, declaredAt, agreement().id(), Kind.AGREEMENT, "agreement");
    for (int i = 0; i < institutions().size(); i++) {
      declare(kinds, declaredAt, institutions().get(i).id(), Kind.INSTITUTION, "institutions[" + i + "]");
    }
    for (int i = 0; i < speakers().size(); i++) {
      declare(kinds, declaredAt, speakers().get(i).id(), Kind.SPEAKER, "speakers[" + i + "]");
    }
    CooperationAgreement agreement = agreement();
    for (int j = 0; j < agreement.parties().size(); j++) {
      resolve(kinds, agreement.parties().get(j), Kind.INSTITUTION, "agreement.parties[" + j + "]");
    }
    for (int j = 0; j < agreement.signatories().size(); j++) {
      Optional<LocalId> person = agreement.signatories().get(j).person();
      if (person.isPresent()) {
        resolve(kinds, person.get(), Kind.SPEAKER, "agreement.signatories[" + j + "].person");
      }
    }
    if (agreement.signedAt().isPresent()) {
      throw new InvalidModelException(TYPE, "agreement.signedAt",
          "must be absent: a record has no sessions; state where it was signed with place", agreement.signedAt().get());
    }
    Optional<LocalId> placeInstitution = agreement.place().flatMap(Place::institution);
    if (placeInstitution.isPresent()) {
      resolve(kinds, placeInstitution.get(), Kind.INSTITUTION, "agreement.place.institution");
    }
    for (int i = 0; i < institutions().size(); i++) {
      Institution institution = institutions().get(i);
      if (institution.parent().isPresent()) {
        resolve(kinds, institution.parent().get(), Kind.INSTITUTION, "institutions[" + i + "].parent");
      }
      List<InstitutionTie> ties = institution.ties();
      for (int k = 0; k < ties.size(); k++) {
        resolve(kinds, ties.get(k).institution(), Kind.INSTITUTION,
            "institutions[" + i + "].ties[" + k + "].institution");
      }
    }
    for (int i = 0; i < speakers().size(); i++) {
      List<Position> positions = speakers().get(i).positions();
      for (int k = 0; k < positions.size(); k++) {
        Optional<LocalId> institution = positions.get(k).institution();
        if (institution.isPresent()) {
          resolve(kinds, institution.get(), Kind.INSTITUTION, "speakers[" + i + "].positions[" + k + "].institution");
        }
      }
    }
  }

  private static void declare(Map<LocalId, Kind> kinds, Map<LocalId, String> declaredAt, LocalId id, Kind kind,
      String path) {
    if (kinds.putIfAbsent(id, kind) != null) {
      throw new InvalidModelException(TYPE, path + ".id",
          "must be unique within the record, but " + declaredAt.get(id) + " has it already", id);
    }
    declaredAt.put(id, path);
  }

  private static void resolve(Map<LocalId, Kind> kinds, LocalId reference, Kind expected, String path) {
    Kind actual = kinds.get(reference);
    if (actual == expected) {
      return;
    }
    throw new InvalidModelException(TYPE, path, "must refer to " + expected.article + " of the record"
        + (actual == null ? "" : ", not " + actual.article), reference);
  }

  /**
   * Returns the identifier, the parties and the size, such as
   * {@code AgreementRecord[northmere-vale-mou: northmere, vale-harbour; 3 institutions, 2 speakers]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "AgreementRecord[" + id() + ": " + ShortList.of(agreement().parties()) + "; "
        + institutions().size() + (institutions().size() == 1 ? " institution, " : " institutions, ")
        + speakers().size() + (speakers().size() == 1 ? " speaker]" : " speakers]");
  }

  /** The kinds of entity a record declares with an identifier of its own. */
  private enum Kind {
    AGREEMENT("an agreement"),
    INSTITUTION("an institution"),
    SPEAKER("a speaker");

    final String article;

    Kind(String article) {
      this.article = article;
    }
  }

  /** Lookup maps from identifier to entity, made on first use. */
  static final class Index {
    final Map<LocalId, Institution> institutions;
    final Map<LocalId, Speaker> speakers;

    Index(AgreementRecord record) {
      Map<LocalId, Institution> byId = new HashMap<>();
      record.institutions().forEach(institution -> byId.put(institution.id(), institution));
      this.institutions = Collections.unmodifiableMap(byId);
      Map<LocalId, Speaker> people = new HashMap<>();
      record.speakers().forEach(speaker -> people.put(speaker.id(), speaker));
      this.speakers = Collections.unmodifiableMap(people);
    }
  }

  /** Builds {@link AgreementRecord} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableAgreementRecord.Builder {
    Builder() {}
  }
}
