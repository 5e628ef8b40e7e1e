package dev.symposia.generators;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.generators.Words.Bilingual;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Generators of valid cooperation agreements, shared with the other modules' tests through the test jar.
 *
 * <p>Every agreement has two to four distinct parties; each signatory signs for one of them, and no person
 * signs one agreement twice.
 */
public final class AgreementGenerators {
  private static final List<Bilingual> TITLES = List.of(
      new Bilingual("Cooperation agreement on joint training of medical students", "联合培养医学生合作协议"),
      new Bilingual("Memorandum of understanding on clinical research", "临床研究合作备忘录"),
      new Bilingual("Framework agreement on strategic cooperation", "战略合作框架协议"),
      new Bilingual("Letter of intent on a joint laboratory", "共建联合实验室意向书"));

  private AgreementGenerators() {}

  /**
   * Returns agreements with arbitrary identifiers of up to 24 characters for agreement, parties and
   * signatories, signed on a date of any precision or none, and sometimes at a place.
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
      CooperationAgreement.Builder agreement = agreement(draw, draw.localId(),
          parties, party -> draw.listOf(0, 2, () -> draw.localId()));
      agreement.signedOn(draw.maybe(50, () -> draw.from(TimeGenerators.partialDates())));
      agreement.place(draw.maybe(30, () -> draw.from(EventGenerators.places())));
      return agreement.build();
    });
  }

  /**
   * Returns agreements between the given institutions, signed by those of the given speakers who hold a
   * current position at the party they sign for.
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
    return Draw.gen(draw -> agreement(draw, draw.localId(),
        draw.sample(institutions, 2, 4), party -> currentStaff(people, party)).build());
  }

  /**
   * Returns signatories: one of the given people for one of the given parties.
   *
   * @param speakerIds the people who may sign; not empty
   * @param partyIds the parties they may sign for; not empty
   * @return the generator
   */
  public static Gen<Signatory> signatories(List<LocalId> speakerIds, List<LocalId> partyIds) {
    List<LocalId> people = List.copyOf(speakerIds);
    List<LocalId> parties = List.copyOf(partyIds);
    return Draw.gen(draw -> Signatory.of(draw.pick(people), draw.pick(parties)));
  }

  /** Returns the people holding a current position at an institution. */
  static List<LocalId> currentStaff(List<Speaker> speakers, LocalId institution) {
    List<LocalId> staff = new ArrayList<>();
    for (Speaker speaker : speakers) {
      for (Position position : speaker.positions()) {
        if (position.status() == PositionStatus.CURRENT && position.institution().equals(Optional.of(institution))
            && !staff.contains(speaker.id())) {
          staff.add(speaker.id());
        }
      }
    }
    return staff;
  }

  /**
   * Starts an agreement between the given parties, with signatories drawn from {@code signersFor(party)};
   * the caller adds the date, session and place of signing.
   */
  static CooperationAgreement.Builder agreement(Draw draw, LocalId id, List<LocalId> parties,
      Function<LocalId, List<LocalId>> signersFor) {
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
    }
    agreement.addAllTopics(draw.sample(Words.TOPICS, 0, 2).stream().map(t -> t.in(draw)).toList());
    return agreement;
  }
}
