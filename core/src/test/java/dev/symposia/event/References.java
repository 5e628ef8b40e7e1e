package dev.symposia.event;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.support.CommercialSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every reference a symposium holds, with its path as {@link dev.symposia.InvalidModelException#attribute()}
 * names it and a way to make the symposium again with that one reference changed.
 *
 * <p>Written from the design's list of references, independently of the production check, so that a
 * reference the check forgets is found.
 */
final class References {
  /** What a reference must resolve to, with the article the messages use. */
  enum Kind {
    INSTITUTION("an institution"),
    SPEAKER("a speaker"),
    SESSION("a session");

    final String article;

    Kind(String article) {
      this.article = article;
    }
  }

  /**
   * One reference: where it is, what it must name, what it names, and the builder of the same symposium
   * with only this reference changed to another identifier (the builder is not built, so the caller sees
   * the refusal).
   */
  record Reference(String path, Kind kind, LocalId value, Function<LocalId, Symposium.Builder> changedTo) {
    @Override
    public String toString() {
      return path + " = " + value;
    }
  }

  private final Symposium symposium;
  private final List<Reference> references = new ArrayList<>();

  private References(Symposium symposium) {
    this.symposium = symposium;
  }

  static List<Reference> of(Symposium symposium) {
    References found = new References(symposium);
    found.collect();
    return List.copyOf(found.references);
  }

  private void add(String path, Kind kind, LocalId value, Function<LocalId, Symposium.Builder> changedTo) {
    references.add(new Reference(path, kind, value, changedTo));
  }

  private void collect() {
    symposium.series().ifPresent(series -> series.usualPlace().ifPresent(place -> place(place, "series.usualPlace",
        changed -> symposium.toBuilder().series(Series.builder().from(series).usualPlace(changed).build()))));
    places(symposium.places(), "places", changed -> symposium.toBuilder().places(changed));
    List<EarlierPlan> earlierPlans = symposium.plannedBefore();
    for (int i = 0; i < earlierPlans.size(); i++) {
      EarlierPlan plan = earlierPlans.get(i);
      int at = i;
      places(plan.places(), "plannedBefore[" + i + "].places", changed -> symposium.toBuilder()
          .plannedBefore(replaced(earlierPlans, at, EarlierPlan.builder().from(plan).places(changed).build())));
    }

    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      int at = i;
      Function<Institution, Symposium.Builder> withInstitution =
          changed -> symposium.toBuilder().institutions(replaced(institutions, at, changed));
      String path = "institutions[" + i + "]";
      institution.parent().ifPresent(parent -> add(path + ".parent", Kind.INSTITUTION, parent,
          id -> withInstitution.apply(institution.toBuilder().parent(id).build())));
      for (int j = 0; j < institution.ties().size(); j++) {
        InstitutionTie tie = institution.ties().get(j);
        int tieAt = j;
        add(path + ".ties[" + j + "].institution", Kind.INSTITUTION, tie.institution(),
            id -> withInstitution.apply(institution.toBuilder()
                .ties(replaced(institution.ties(), tieAt, InstitutionTie.of(tie.kind(), id))).build()));
      }
    }

    List<InstitutionParticipation> roles = symposium.institutionRoles();
    for (int i = 0; i < roles.size(); i++) {
      InstitutionParticipation role = roles.get(i);
      int at = i;
      Function<InstitutionParticipation, Symposium.Builder> withRole =
          changed -> symposium.toBuilder().institutionRoles(replaced(roles, at, changed));
      String path = "institutionRoles[" + i + "]";
      role.institution().ifPresent(institution -> add(path + ".institution", Kind.INSTITUTION, institution,
          id -> withRole.apply(InstitutionParticipation.builder().from(role).institution(id).build())));
      role.group().ifPresent(group -> group(group, path + ".group",
          changed -> withRole.apply(InstitutionParticipation.builder().from(role).group(changed).build())));
    }

    List<Speaker> speakers = symposium.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      Speaker speaker = speakers.get(i);
      int at = i;
      for (int j = 0; j < speaker.positions().size(); j++) {
        Position position = speaker.positions().get(j);
        int positionAt = j;
        position.institution().ifPresent(institution -> add(
            "speakers[" + at + "].positions[" + positionAt + "].institution", Kind.INSTITUTION, institution,
            id -> symposium.toBuilder().speakers(replaced(speakers, at, speaker.toBuilder()
                .positions(replaced(speaker.positions(), positionAt,
                    Position.builder().from(position).institution(id).build()))
                .build()))));
      }
    }

    participations(symposium.participants(), "participants", changed -> symposium.toBuilder().participants(changed));

    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      int at = i;
      Function<Session, Symposium.Builder> withSession =
          changed -> symposium.toBuilder().sessions(replaced(sessions, at, changed));
      String path = "sessions[" + i + "]";
      session.partOf().ifPresent(parent -> add(path + ".partOf", Kind.SESSION, parent,
          id -> withSession.apply(session.toBuilder().partOf(id).build())));
      places(session.places(), path + ".places",
          changed -> withSession.apply(session.toBuilder().places(changed).build()));
      List<EarlierSessionPlan> plans = session.plannedBefore();
      for (int j = 0; j < plans.size(); j++) {
        EarlierSessionPlan plan = plans.get(j);
        int planAt = j;
        places(plan.places(), path + ".plannedBefore[" + j + "].places", changed -> withSession.apply(session
            .toBuilder().plannedBefore(replaced(plans, planAt, EarlierSessionPlan.builder().from(plan).places(changed)
                .build())).build()));
      }
      participations(session.participants(), path + ".participants",
          changed -> withSession.apply(session.toBuilder().participants(changed).build()));
      List<Abstract> abstracts = session.abstracts();
      for (int j = 0; j < abstracts.size(); j++) {
        int abstractAt = j;
        authors(abstracts.get(j), path + ".abstracts[" + j + "]", changed -> withSession.apply(
            session.toBuilder().abstracts(replaced(abstracts, abstractAt, changed)).build()));
      }
      accreditations(session.accreditations(), path + ".accreditations",
          changed -> withSession.apply(session.toBuilder().accreditations(changed).build()));
      commercialSupport(session.commercialSupport(), path + ".commercialSupport",
          changed -> withSession.apply(session.toBuilder().commercialSupport(changed).build()));
    }

    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      int at = i;
      Function<CooperationAgreement, Symposium.Builder> withAgreement =
          changed -> symposium.toBuilder().agreements(replaced(agreements, at, changed));
      String path = "agreements[" + i + "]";
      for (int j = 0; j < agreement.parties().size(); j++) {
        LocalId party = agreement.parties().get(j);
        int partyAt = j;
        // The party's signatories follow it, or the agreement itself would refuse them first.
        add(path + ".parties[" + j + "]", Kind.INSTITUTION, party, id -> withAgreement.apply(agreement.toBuilder()
            .parties(replaced(agreement.parties(), partyAt, id))
            .signatories(agreement.signatories().stream()
                .map(s -> s.party().equals(party) ? Signatory.builder().from(s).party(id).build() : s).toList())
            .build()));
      }
      for (int j = 0; j < agreement.signatories().size(); j++) {
        Signatory signatory = agreement.signatories().get(j);
        if (signatory.person().isEmpty()) {
          continue;
        }
        int signatoryAt = j;
        add(path + ".signatories[" + j + "].person", Kind.SPEAKER, signatory.person().get(),
            id -> withAgreement.apply(agreement.toBuilder().signatories(
                replaced(agreement.signatories(), signatoryAt, Signatory.of(id, signatory.party()))).build()));
      }
      agreement.signedAt().ifPresent(session -> add(path + ".signedAt", Kind.SESSION, session,
          id -> withAgreement.apply(agreement.toBuilder().signedAt(id).build())));
      agreement.place().ifPresent(place -> place(place, path + ".place",
          changed -> withAgreement.apply(agreement.toBuilder().place(changed).build())));
    }

    List<Award> awards = symposium.awards();
    for (int i = 0; i < awards.size(); i++) {
      Award award = awards.get(i);
      int at = i;
      Function<Award, Symposium.Builder> withAward =
          changed -> symposium.toBuilder().awards(replaced(awards, at, changed));
      String path = "awards[" + i + "]";
      for (int j = 0; j < award.recipients().size(); j++) {
        int recipientAt = j;
        add(path + ".recipients[" + j + "]", Kind.SPEAKER, award.recipients().get(j), id -> withAward.apply(
            Award.builder().from(award).recipients(replaced(award.recipients(), recipientAt, id)).build()));
      }
      for (int j = 0; j < award.unveiledBy().size(); j++) {
        int presenterAt = j;
        add(path + ".unveiledBy[" + j + "]", Kind.SPEAKER, award.unveiledBy().get(j), id -> withAward.apply(
            Award.builder().from(award).unveiledBy(replaced(award.unveiledBy(), presenterAt, id)).build()));
      }
      award.session().ifPresent(session -> add(path + ".session", Kind.SESSION, session,
          id -> withAward.apply(Award.builder().from(award).session(id).build())));
    }

    List<RelatedEvent> related = symposium.relatedEvents();
    for (int i = 0; i < related.size(); i++) {
      RelatedEvent event = related.get(i);
      int at = i;
      places(event.places(), "relatedEvents[" + i + "].places", changed -> symposium.toBuilder()
          .relatedEvents(replaced(related, at, RelatedEvent.builder().from(event).places(changed).build())));
    }

    accreditations(symposium.accreditations(), "accreditations",
        changed -> symposium.toBuilder().accreditations(changed));
    commercialSupport(symposium.commercialSupport(), "commercialSupport",
        changed -> symposium.toBuilder().commercialSupport(changed));
    List<Disclosure> disclosures = symposium.disclosures();
    for (int i = 0; i < disclosures.size(); i++) {
      Disclosure disclosure = disclosures.get(i);
      int at = i;
      Function<Disclosure, Symposium.Builder> withDisclosure =
          changed -> symposium.toBuilder().disclosures(replaced(disclosures, at, changed));
      String path = "disclosures[" + i + "]";
      add(path + ".speaker", Kind.SPEAKER, disclosure.speaker(),
          id -> withDisclosure.apply(Disclosure.builder().from(disclosure).speaker(id).build()));
      List<FinancialRelationship> relationships = disclosure.relationships();
      for (int j = 0; j < relationships.size(); j++) {
        FinancialRelationship relationship = relationships.get(j);
        int relationshipAt = j;
        for (int k = 0; k < relationship.companies().size(); k++) {
          int companyAt = k;
          add(path + ".relationships[" + j + "].companies[" + k + "]", Kind.INSTITUTION,
              relationship.companies().get(k), id -> withDisclosure.apply(Disclosure.builder().from(disclosure)
                  .relationships(replaced(relationships, relationshipAt, FinancialRelationship.builder()
                      .from(relationship).companies(replaced(relationship.companies(), companyAt, id)).build()))
                  .build()));
        }
      }
    }
  }

  private void authors(Abstract summary, String path, Function<Abstract, Symposium.Builder> withAbstract) {
    for (int i = 0; i < summary.authors().size(); i++) {
      int at = i;
      add(path + ".authors[" + i + "]", Kind.SPEAKER, summary.authors().get(i), id -> withAbstract.apply(
          Abstract.builder().from(summary).authors(replaced(summary.authors(), at, id)).build()));
    }
  }

  private void accreditations(List<Accreditation> accreditations, String path,
      Function<List<Accreditation>, Symposium.Builder> withAccreditations) {
    for (int i = 0; i < accreditations.size(); i++) {
      Accreditation accreditation = accreditations.get(i);
      int at = i;
      accreditation.accreditor().ifPresent(accreditor -> add(path + "[" + at + "].accreditor", Kind.INSTITUTION,
          accreditor, id -> withAccreditations.apply(replaced(accreditations, at,
              Accreditation.builder().from(accreditation).accreditor(id).build()))));
    }
  }

  private void commercialSupport(List<CommercialSupport> support, String path,
      Function<List<CommercialSupport>, Symposium.Builder> withSupport) {
    for (int i = 0; i < support.size(); i++) {
      CommercialSupport given = support.get(i);
      int at = i;
      add(path + "[" + i + "].company", Kind.INSTITUTION, given.company(), id -> withSupport.apply(
          replaced(support, at, CommercialSupport.builder().from(given).company(id).build())));
    }
  }

  private void participations(List<Participation> participants, String path,
      Function<List<Participation>, Symposium.Builder> withParticipants) {
    for (int j = 0; j < participants.size(); j++) {
      Participation participation = participants.get(j);
      int participantAt = j;
      Function<Participation, Symposium.Builder> withParticipation =
          changed -> withParticipants.apply(replaced(participants, participantAt, changed));
      String participant = path + "[" + j + "]";
      participation.person().ifPresent(person -> add(participant + ".person", Kind.SPEAKER, person,
          id -> withParticipation.apply(Participation.builder().from(participation).person(id).build())));
      participation.group().ifPresent(group -> group(group, participant + ".group",
          changed -> withParticipation.apply(Participation.builder().from(participation).group(changed).build())));
      participation.joinedFrom().ifPresent(place -> place(place, participant + ".joinedFrom",
          changed -> withParticipation.apply(Participation.builder().from(participation).joinedFrom(changed).build())));
      participation.presentedAbstract().ifPresent(summary -> authors(summary, participant + ".presentedAbstract",
          changed -> withParticipation.apply(
              Participation.builder().from(participation).presentedAbstract(changed).build())));
    }
  }

  private void places(List<Place> places, String path, Function<List<Place>, Symposium.Builder> withPlaces) {
    for (int i = 0; i < places.size(); i++) {
      int at = i;
      place(places.get(i), path + "[" + i + "]", changed -> withPlaces.apply(replaced(places, at, changed)));
    }
  }

  private void place(Place place, String path, Function<Place, Symposium.Builder> withPlace) {
    place.institution().ifPresent(institution -> add(path + ".institution", Kind.INSTITUTION, institution,
        id -> withPlace.apply(Place.builder().from(place).institution(id).build())));
  }

  private void group(UnnamedGroup group, String path, Function<UnnamedGroup, Symposium.Builder> withGroup) {
    for (int i = 0; i < group.institutions().size(); i++) {
      int at = i;
      add(path + ".institutions[" + i + "]", Kind.INSTITUTION, group.institutions().get(i), id -> withGroup.apply(
          UnnamedGroup.builder().from(group).institutions(replaced(group.institutions(), at, id)).build()));
    }
  }

  static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }
}
