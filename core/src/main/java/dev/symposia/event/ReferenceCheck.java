package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.internal.ProvenReferences;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses a symposium whose identifiers clash or whose references dangle.
 *
 * <p>One pass registers every identifier with the kind of entity it names, a second resolves every
 * reference against that map: linear in the size of the programme. Skipped only for a symposium built
 * through {@link ProvenReferences}, whose reader resolved the references while reading them.
 */
final class ReferenceCheck {
  private static final String TYPE = "Symposium";

  private enum Kind {
    INSTITUTION("an institution", "institutions"),
    SPEAKER("a speaker", "speakers"),
    SESSION("a session", "sessions"),
    AGREEMENT("an agreement", "agreements");

    final String article;
    final String list;

    Kind(String article, String list) {
      this.article = article;
      this.list = list;
    }
  }

  // Open addressing from each identifier to the kind of entity it names, in flat arrays sized once for all
  // declarations, with no node object per entry. Identifiers read from one JSON document are shared
  // instances, so most lookups end on an identity comparison rather than on comparing characters. The
  // position of an identifier declared twice is found again by a scan, only when that happens.
  private final LocalId[] keys;
  private final int[] hashes;
  private final Kind[] kinds;
  private final int mask;
  private final Symposium symposium;

  private ReferenceCheck(Symposium symposium, int expectedSize) {
    this.symposium = symposium;
    int capacity = Integer.highestOneBit(Math.max(expectedSize, 4) * 2 - 1) << 1;
    this.keys = new LocalId[capacity];
    this.hashes = new int[capacity];
    this.kinds = new Kind[capacity];
    this.mask = capacity - 1;
  }

  static void check(Symposium symposium) {
    if (ProvenReferences.areProven()) {
      return;
    }
    ReferenceCheck check = new ReferenceCheck(symposium, symposium.institutions().size()
        + symposium.speakers().size() + symposium.sessions().size() + symposium.agreements().size());
    check.register(symposium);
    check.resolve(symposium);
  }

  private void register(Symposium symposium) {
    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      declare(institutions.get(i).id(), Kind.INSTITUTION, i);
    }
    List<Speaker> speakers = symposium.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      declare(speakers.get(i).id(), Kind.SPEAKER, i);
    }
    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      declare(sessions.get(i).id(), Kind.SESSION, i);
    }
    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      declare(agreements.get(i).id(), Kind.AGREEMENT, i);
    }
  }

  private void declare(LocalId id, Kind kind, int index) {
    Kind previous = putIfAbsent(id, kind);
    if (previous != null) {
      throw new InvalidModelException(TYPE, kind.list + "[" + index + "].id",
          "must be unique within the symposium, but " + previous.list + "[" + firstIndex(previous, id)
              + "] has it already", id);
    }
  }

  private int firstIndex(Kind kind, LocalId id) {
    List<?> entities;
    Function<Object, LocalId> idOf;
    switch (kind) {
      case INSTITUTION:
        entities = symposium.institutions();
        idOf = entity -> ((Institution) entity).id();
        break;
      case SPEAKER:
        entities = symposium.speakers();
        idOf = entity -> ((Speaker) entity).id();
        break;
      case SESSION:
        entities = symposium.sessions();
        idOf = entity -> ((Session) entity).id();
        break;
      default:
        entities = symposium.agreements();
        idOf = entity -> ((CooperationAgreement) entity).id();
        break;
    }
    for (int i = 0; i < entities.size(); i++) {
      if (idOf.apply(entities.get(i)).equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("declared identifier not found: " + id);
  }

  // Paths are only spelt out for an offence: a programme of 10,000 sessions has some 100,000 references,
  // and making their paths took as long as resolving them.
  private void resolve(Symposium symposium) {
    Optional<Place> usualPlace = symposium.series().flatMap(Series::usualPlace);
    if (usualPlace.isPresent() && !resolves(usualPlace.get().institution(), Kind.INSTITUTION)) {
      require(usualPlace.get().institution().get(), Kind.INSTITUTION, "series.usualPlace.institution");
    }
    places(symposium.places(), "places");

    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      if (!resolves(institution.parent(), Kind.INSTITUTION)) {
        require(institution.parent().get(), Kind.INSTITUTION, "institutions[" + i + "].parent");
      }
      for (int j = 0; j < institution.ties().size(); j++) {
        LocalId tie = institution.ties().get(j).institution();
        if (!resolves(tie, Kind.INSTITUTION)) {
          require(tie, Kind.INSTITUTION, "institutions[" + i + "].ties[" + j + "].institution");
        }
      }
    }

    List<InstitutionParticipation> roles = symposium.institutionRoles();
    for (int i = 0; i < roles.size(); i++) {
      if (!resolves(roles.get(i).institution(), Kind.INSTITUTION)) {
        require(roles.get(i).institution().get(), Kind.INSTITUTION, "institutionRoles[" + i + "].institution");
      }
      if (roles.get(i).group().isPresent()) {
        group(roles.get(i).group().get(), "institutionRoles[" + i + "].group");
      }
    }

    List<Speaker> speakers = symposium.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      List<Position> positions = speakers.get(i).positions();
      for (int j = 0; j < positions.size(); j++) {
        if (!resolves(positions.get(j).institution(), Kind.INSTITUTION)) {
          require(positions.get(j).institution().get(), Kind.INSTITUTION,
              "speakers[" + i + "].positions[" + j + "].institution");
        }
      }
    }

    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      if (!resolves(session.partOf(), Kind.SESSION)) {
        require(session.partOf().get(), Kind.SESSION, "sessions[" + i + "].partOf");
      }
      if (!session.places().isEmpty()) {
        places(session.places(), i);
      }
      List<Participation> participants = session.participants();
      for (int j = 0; j < participants.size(); j++) {
        Participation participation = participants.get(j);
        if (!resolves(participation.person(), Kind.SPEAKER)) {
          require(participation.person().get(), Kind.SPEAKER,
              "sessions[" + i + "].participants[" + j + "].person");
        }
        if (participation.group().isPresent()) {
          group(participation.group().get(), "sessions[" + i + "].participants[" + j + "].group");
        }
      }
    }

    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      for (int j = 0; j < agreement.parties().size(); j++) {
        if (!resolves(agreement.parties().get(j), Kind.INSTITUTION)) {
          require(agreement.parties().get(j), Kind.INSTITUTION, "agreements[" + i + "].parties[" + j + "]");
        }
      }
      for (int j = 0; j < agreement.signatories().size(); j++) {
        Signatory signatory = agreement.signatories().get(j);
        if (!resolves(signatory.person(), Kind.SPEAKER)) {
          require(signatory.person(), Kind.SPEAKER, "agreements[" + i + "].signatories[" + j + "].person");
        }
      }
      if (!resolves(agreement.signedAt(), Kind.SESSION)) {
        require(agreement.signedAt().get(), Kind.SESSION, "agreements[" + i + "].signedAt");
      }
      if (agreement.place().isPresent() && !resolves(agreement.place().get().institution(), Kind.INSTITUTION)) {
        require(agreement.place().get().institution().get(), Kind.INSTITUTION,
            "agreements[" + i + "].place.institution");
      }
    }

    List<Award> awards = symposium.awards();
    for (int i = 0; i < awards.size(); i++) {
      Award award = awards.get(i);
      String path = "awards[" + i + "]";
      for (int j = 0; j < award.recipients().size(); j++) {
        require(award.recipients().get(j), Kind.SPEAKER, path + ".recipients[" + j + "]");
      }
      for (int j = 0; j < award.unveiledBy().size(); j++) {
        require(award.unveiledBy().get(j), Kind.SPEAKER, path + ".unveiledBy[" + j + "]");
      }
      if (award.session().isPresent()) {
        require(award.session().get(), Kind.SESSION, path + ".session");
      }
    }

    List<RelatedEvent> related = symposium.relatedEvents();
    for (int i = 0; i < related.size(); i++) {
      places(related.get(i).places(), "relatedEvents[" + i + "].places");
    }
  }

  private void places(List<Place> places, String path) {
    for (int i = 0; i < places.size(); i++) {
      if (!resolves(places.get(i).institution(), Kind.INSTITUTION)) {
        require(places.get(i).institution().get(), Kind.INSTITUTION, path + "[" + i + "].institution");
      }
    }
  }

  private void places(List<Place> places, int session) {
    for (int i = 0; i < places.size(); i++) {
      if (!resolves(places.get(i).institution(), Kind.INSTITUTION)) {
        require(places.get(i).institution().get(), Kind.INSTITUTION,
            "sessions[" + session + "].places[" + i + "].institution");
      }
    }
  }

  private void group(UnnamedGroup group, String path) {
    List<LocalId> institutions = group.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      require(institutions.get(i), Kind.INSTITUTION, path + ".institutions[" + i + "]");
    }
  }

  private boolean resolves(Optional<LocalId> reference, Kind expected) {
    return reference.isEmpty() || resolves(reference.get(), expected);
  }

  private boolean resolves(LocalId reference, Kind expected) {
    return kindOf(reference) == expected;
  }

  private Kind putIfAbsent(LocalId id, Kind kind) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    for (LocalId key = keys[slot]; key != null; key = keys[slot]) {
      if (key == id || hashes[slot] == hash && key.equals(id)) {
        return kinds[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    hashes[slot] = hash;
    kinds[slot] = kind;
    return null;
  }

  private Kind kindOf(LocalId id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    for (LocalId key = keys[slot]; key != null; key = keys[slot]) {
      if (key == id || hashes[slot] == hash && key.equals(id)) {
        return kinds[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void require(LocalId reference, Kind expected, String path) {
    Kind entry = kindOf(reference);
    if (entry == null) {
      throw new InvalidModelException(TYPE, path, "must refer to " + expected.article + " of the symposium",
          reference);
    }
    if (entry != expected) {
      throw new InvalidModelException(TYPE, path, "must refer to " + expected.article + " of the symposium, not "
          + entry.article, reference);
    }
  }
}
