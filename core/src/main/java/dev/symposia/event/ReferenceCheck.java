package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a symposium whose identifiers clash or whose references dangle.
 *
 * <p>One pass registers every identifier with the kind of entity it names, a second resolves every
 * reference against that map: linear in the size of the programme.
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

  private static final class Entry {
    final Kind kind;
    final int index;

    Entry(Kind kind, int index) {
      this.kind = kind;
      this.index = index;
    }
  }

  private final Map<LocalId, Entry> ids;

  private ReferenceCheck(int expectedSize) {
    this.ids = new HashMap<>(expectedSize * 4 / 3 + 1);
  }

  static void check(Symposium symposium) {
    ReferenceCheck check = new ReferenceCheck(symposium.institutions().size() + symposium.speakers().size()
        + symposium.sessions().size() + symposium.agreements().size());
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
    Entry previous = ids.putIfAbsent(id, new Entry(kind, index));
    if (previous != null) {
      throw new InvalidModelException(TYPE, kind.list + "[" + index + "].id",
          "must be unique within the symposium, but " + previous.kind.list + "[" + previous.index
              + "] has it already", id);
    }
  }

  private void resolve(Symposium symposium) {
    symposium.series().flatMap(Series::usualPlace).ifPresent(place -> place(place, "series.usualPlace"));
    places(symposium.places(), "places");

    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      String path = "institutions[" + i + "]";
      optional(institution.parent(), Kind.INSTITUTION, path + ".parent");
      for (int j = 0; j < institution.ties().size(); j++) {
        require(institution.ties().get(j).institution(), Kind.INSTITUTION, path + ".ties[" + j + "].institution");
      }
    }

    List<InstitutionParticipation> roles = symposium.institutionRoles();
    for (int i = 0; i < roles.size(); i++) {
      String path = "institutionRoles[" + i + "]";
      optional(roles.get(i).institution(), Kind.INSTITUTION, path + ".institution");
      group(roles.get(i).group(), path + ".group");
    }

    List<Speaker> speakers = symposium.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      List<Position> positions = speakers.get(i).positions();
      for (int j = 0; j < positions.size(); j++) {
        optional(positions.get(j).institution(), Kind.INSTITUTION,
            "speakers[" + i + "].positions[" + j + "].institution");
      }
    }

    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      String path = "sessions[" + i + "]";
      optional(session.partOf(), Kind.SESSION, path + ".partOf");
      places(session.places(), path + ".places");
      List<Participation> participants = session.participants();
      for (int j = 0; j < participants.size(); j++) {
        String participant = path + ".participants[" + j + "]";
        optional(participants.get(j).person(), Kind.SPEAKER, participant + ".person");
        group(participants.get(j).group(), participant + ".group");
      }
    }

    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      String path = "agreements[" + i + "]";
      for (int j = 0; j < agreement.parties().size(); j++) {
        require(agreement.parties().get(j), Kind.INSTITUTION, path + ".parties[" + j + "]");
      }
      for (int j = 0; j < agreement.signatories().size(); j++) {
        Signatory signatory = agreement.signatories().get(j);
        require(signatory.person(), Kind.SPEAKER, path + ".signatories[" + j + "].person");
      }
      optional(agreement.signedAt(), Kind.SESSION, path + ".signedAt");
      agreement.place().ifPresent(place -> place(place, path + ".place"));
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
      optional(award.session(), Kind.SESSION, path + ".session");
    }

    List<RelatedEvent> related = symposium.relatedEvents();
    for (int i = 0; i < related.size(); i++) {
      places(related.get(i).places(), "relatedEvents[" + i + "].places");
    }
  }

  private void places(List<Place> places, String path) {
    for (int i = 0; i < places.size(); i++) {
      place(places.get(i), path + "[" + i + "]");
    }
  }

  private void place(Place place, String path) {
    optional(place.institution(), Kind.INSTITUTION, path + ".institution");
  }

  private void group(Optional<UnnamedGroup> group, String path) {
    if (group.isPresent()) {
      List<LocalId> institutions = group.get().institutions();
      for (int i = 0; i < institutions.size(); i++) {
        require(institutions.get(i), Kind.INSTITUTION, path + ".institutions[" + i + "]");
      }
    }
  }

  private void optional(Optional<LocalId> reference, Kind expected, String path) {
    if (reference.isPresent()) {
      require(reference.get(), expected, path);
    }
  }

  private void require(LocalId reference, Kind expected, String path) {
    Entry entry = ids.get(reference);
    if (entry == null) {
      throw new InvalidModelException(TYPE, path, "must refer to " + expected.article + " of the symposium",
          reference);
    }
    if (entry.kind != expected) {
      throw new InvalidModelException(TYPE, path, "must refer to " + expected.article + " of the symposium, not "
          + entry.kind.article, reference);
    }
  }
}
