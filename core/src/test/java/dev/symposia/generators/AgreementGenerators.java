package dev.symposia.generators;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.agreement.Term;
import dev.symposia.generators.Words.Bilingual;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.time.PartialDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Generators of valid cooperation agreements and agreement records, shared with the other modules' tests
 * through the test jar.
 *
 * <p>Every agreement has two to four distinct parties; each signatory signs for one of them, and no person
 * signs one agreement twice; a party sometimes signs through someone unnamed. A term, when there is one,
 * does not end before the signing; renewals are listed in order, none before the signing or before one
 * listed earlier, and a renewal's new term does not end before it.
 */
public final class AgreementGenerators {
  private static final List<Bilingual> TITLES = List.of(
      new Bilingual("Cooperation agreement on joint training of medical students", "联合培养医学生合作协议"),
      new Bilingual("Memorandum of understanding on clinical research", "临床研究合作备忘录"),
      new Bilingual("Framework agreement on strategic cooperation", "战略合作框架协议"),
      new Bilingual("Letter of intent on a joint laboratory", "共建联合实验室意向书"));
  private static final List<Bilingual> UNNAMED_TITLES = List.of(
      new Bilingual("President", "校长"),
      new Bilingual("a representative", "代表"),
      new Bilingual("Director", "主任"));

  private AgreementGenerators() {}

  /**
   * Returns agreements with arbitrary identifiers of up to 24 characters for agreement, parties and
   * signatories, signed on a date of any precision or none, sometimes at a place, with a term and renewals.
   *
   * @return the generator
   */
  public static Gen<CooperationAgreement> agreements() {
    return Draw.gen(draw -> {
      List<LocalId> parties = new ArrayList<>(new LinkedHashSet<>(
          draw.listOf(2, 4, () -> draw.localId())));
      if (parties.size() < 2) {
        parties.add(LocalId.of(parties.get(0).value().equals("party-b") ? "party-a" : "party-b"));
      }
      Optional<PartialDate> signedOn = draw.maybe(50, () -> draw.from(TimeGenerators.partialDates()));
      CooperationAgreement.Builder agreement = agreement(draw, draw.localId(),
          parties, party -> draw.listOf(0, 2, () -> draw.localId()), signedOn);
      agreement.place(draw.maybe(30, () -> draw.from(EventGenerators.places())));
      return agreement.build();
    });
  }

  /**
   * Returns agreements between the given institutions, signed by those of the given speakers who hold a
   * current position at the party they sign for, on no stated date.
   *
   * @param institutionIds the institutions that may be parties; at least two distinct
   * @param speakers the people who may sign; possibly empty
   * @return the generator
   * @throws IllegalArgumentException if fewer than two distinct institutions are given
   */
  public static Gen<CooperationAgreement> agreements(List<LocalId> institutionIds, List<Speaker> speakers) {
    List<LocalId> institutions = List.copyOf(new LinkedHashSet<>(institutionIds));
    if (institutions.size() < 2) {
      throw new IllegalArgumentException("an agreement needs two distinct institutions, not " + institutionIds);
    }
    List<Speaker> people = List.copyOf(speakers);
    return Draw.gen(draw -> agreement(draw, draw.localId(), draw.sample(institutions, 2, 4),
        party -> staff(people, party, Optional.empty()), Optional.empty()).build());
  }

  /**
   * Returns signatories: one of the given people, or someone unnamed, for one of the given parties.
   *
   * @param speakerIds the people who may sign; not empty
   * @param partyIds the parties they may sign for; not empty
   * @return the generator
   */
  public static Gen<Signatory> signatories(List<LocalId> speakerIds, List<LocalId> partyIds) {
    List<LocalId> people = List.copyOf(speakerIds);
    List<LocalId> parties = List.copyOf(partyIds);
    return Draw.gen(draw -> draw.chance(75) ? Signatory.of(draw.pick(people), draw.pick(parties))
        : unnamed(draw, draw.pick(parties)));
  }

  /**
   * Returns terms of every form: a length, an end date, both, or until terminated.
   *
   * @return the generator
   */
  public static Gen<Term> terms() {
    return Draw.gen(draw -> term(draw, Optional.empty()));
  }

  /**
   * Returns renewals with a date, a new term, both or neither.
   *
   * @return the generator
   */
  public static Gen<Renewal> renewals() {
    return Draw.gen(draw -> renewal(draw, List.of()));
  }

  /**
   * Returns lengths of time a term may have: years, months, days or a mix, all positive.
   *
   * @return the generator
   */
  public static Gen<Period> periods() {
    return Draw.gen(AgreementGenerators::period);
  }

  /**
   * Returns valid and clean agreement records: two to six institutions ({@code inst-0}...) with parents and
   * ties among them, up to five speakers ({@code person-0}...) whose positions name only those institutions
   * and sometimes carry dates, and an agreement ({@code agreement}) between two to four of the
   * institutions, signed by people who hold a position at the party they sign for on the day of signing,
   * with no {@code signedAt}; and up to two sources. The record breaks none of the rules the validation
   * module applies to records (names, hierarchies and identifiers are drawn as for symposia).
   *
   * @return the generator
   */
  public static Gen<AgreementRecord> records() {
    return Draw.gen(draw -> {
      Set<String> identifiers = new HashSet<>();
      InstitutionGenerators.Registry registry = new InstitutionGenerators.Registry(identifiers);
      List<Institution> institutions = new ArrayList<>();
      List<LocalId> institutionIds = new ArrayList<>();
      int institutionCount = draw.between(2, 6);
      for (int i = 0; i < institutionCount; i++) {
        LocalId id = LocalId.of("inst-" + i);
        institutions.add(registry.institution(draw, id, List.copyOf(institutionIds)));
        institutionIds.add(id);
      }
      Set<String> names = new HashSet<>();
      List<Speaker> speakers = new ArrayList<>();
      int speakerCount = draw.between(0, 5);
      for (int i = 0; i < speakerCount; i++) {
        speakers.add(PeopleGenerators.speaker(draw, LocalId.of("person-" + i), institutionIds, names, identifiers));
      }
      Optional<PartialDate> signedOn = draw.maybe(70, () -> draw.from(TimeGenerators.partialDates()));
      CooperationAgreement.Builder agreement = agreement(draw, LocalId.of("agreement"),
          draw.sample(institutionIds, 2, 4), party -> staff(speakers, party, signedOn), signedOn);
      if (draw.chance(40)) {
        agreement.place(EventGenerators.place(draw, institutionIds, Optional.empty(), false));
      }
      return AgreementRecord.builder().agreement(agreement.build()).addAllInstitutions(institutions)
          .addAllSpeakers(speakers)
          .addAllSources(draw.listOf(0, 2, () -> EventGenerators.source(draw,
              draw.maybe(50, () -> draw.from(TimeGenerators.partialDates())))))
          .build();
    });
  }

  /**
   * Returns the people holding a position at an institution on a day ({@link Position#isHeldOn}), or, when
   * the day is not known, a current one.
   */
  static List<LocalId> staff(List<Speaker> speakers, LocalId institution, Optional<PartialDate> day) {
    List<LocalId> staff = new ArrayList<>();
    for (Speaker speaker : speakers) {
      for (Position position : speaker.positions()) {
        if (position.institution().equals(Optional.of(institution)) && position.isHeldOn(day.orElse(null))
            && !staff.contains(speaker.id())) {
          staff.add(speaker.id());
        }
      }
    }
    return staff;
  }

  /**
   * Starts an agreement between the given parties, signed on {@code signedOn}, with signatories drawn from
   * {@code signersFor(party)}, and a term and renewals that fit the date of signing; the caller adds the
   * session and place of signing.
   */
  static CooperationAgreement.Builder agreement(Draw draw, LocalId id, List<LocalId> parties,
      Function<LocalId, List<LocalId>> signersFor, Optional<PartialDate> signedOn) {
    CooperationAgreement.Builder agreement = CooperationAgreement.builder().id(id).addAllParties(parties);
    if (draw.chance(50)) {
      agreement.kind(draw.pick(AgreementKind.class));
    }
    agreement.title(draw.maybe(40, () -> draw.pick(TITLES).in(draw)));
    Set<LocalId> signed = new HashSet<>();
    for (LocalId party : parties) {
      List<LocalId> candidates = new ArrayList<>(signersFor.apply(party));
      candidates.removeAll(signed);
      for (LocalId person : draw.sample(candidates, 0, draw.chance(40) ? 0 : draw.chance(85) ? 1 : 2)) {
        signed.add(person);
        agreement.addSignatories(Signatory.of(person, party));
      }
      if (draw.chance(10)) {
        agreement.addSignatories(unnamed(draw, party));
      }
    }
    agreement.signedOn(signedOn);
    agreement.term(draw.maybe(30, () -> term(draw, signedOn)));
    if (draw.chance(20)) {
      List<PartialDate> earlier = new ArrayList<>();
      signedOn.ifPresent(earlier::add);
      for (int i = draw.between(1, 3); i > 0; i--) {
        Renewal renewal = renewal(draw, earlier);
        renewal.renewedOn().ifPresent(earlier::add);
        agreement.addRenewals(renewal);
      }
    }
    agreement.addAllTopics(draw.sample(Words.TOPICS, 0, 2).stream().map(t -> t.in(draw)).toList());
    agreement.addAllPartialLists(draw.partialLists("parties", "signatories", "topics"));
    return agreement;
  }

  private static Signatory unnamed(Draw draw, LocalId party) {
    return draw.chance(50) ? Signatory.unnamed(party) : Signatory.unnamed(party, draw.pick(UNNAMED_TITLES).in(draw));
  }

  /** Returns a term whose end, if any, is not certainly before {@code from}. */
  static Term term(Draw draw, Optional<PartialDate> from) {
    switch (draw.between(0, 3)) {
      case 0:
        return Term.of(period(draw));
      case 1:
        return Term.until(notBefore(draw, from.map(List::of).orElse(List.of())));
      case 2:
        return Term.builder().length(period(draw)).endsOn(notBefore(draw, from.map(List::of).orElse(List.of())))
            .build();
      default:
        return Term.openEnded();
    }
  }

  /**
   * Returns a renewal dated, if at all, not certainly before any of {@code earlier} (the last of which is
   * itself not certainly before the others), whose term does not end before it.
   */
  private static Renewal renewal(Draw draw, List<PartialDate> earlier) {
    Optional<PartialDate> on = draw.maybe(80, () -> notBefore(draw, earlier));
    Optional<Term> term = draw.maybe(60, () -> term(draw, on));
    return Renewal.builder().renewedOn(on).term(term).build();
  }

  /** Returns a date not certainly before any of {@code bounds}: a drawn one, or else the last bound. */
  private static PartialDate notBefore(Draw draw, List<PartialDate> bounds) {
    PartialDate drawn = draw.from(TimeGenerators.partialDates());
    for (PartialDate bound : bounds) {
      if (drawn.isCertainlyBefore(bound)) {
        return bounds.get(bounds.size() - 1);
      }
    }
    return drawn;
  }

  private static Period period(Draw draw) {
    switch (draw.between(0, 3)) {
      case 0:
        return Period.ofYears(draw.between(1, 10));
      case 1:
        return Period.ofMonths(draw.between(1, 60));
      case 2:
        return Period.of(draw.between(0, 5), draw.between(1, 11), 0);
      default:
        return Period.ofDays(draw.between(1, 400));
    }
  }
}
