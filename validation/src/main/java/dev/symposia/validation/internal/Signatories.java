package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a record states of each named signatory's position at the party they signed for, shared by
 * {@code SYM-SIGNATORY-POSITION} (stated, but not held on the day of signing) and
 * {@code SYM-SIGNATORY-POSITION-STATED} (not stated at all), for a symposium and an agreement record alike.
 *
 * <p>Not thread-safe; one instance serves one validation.
 */
final class Signatories {
  /** What the record says of a signatory's position at their party. */
  enum Standing {
    /** A position at the party or one of its units was held on the day of signing. */
    HELD,
    /** Positions at the party or its units are stated, and none was held on the day of signing. */
    NOT_HELD,
    /** No position at the party or any of its units is stated. */
    NOT_STATED
  }

  /** Receives each named signatory whose standing was assessed. */
  interface Visitor {
    /**
     * Receives a signatory.
     *
     * @param agreement the index of the agreement in its list (0 in a record)
     * @param signatory the index of the signatory in the agreement
     * @param person the signatory's person
     * @param standing what the record says of their position at the party
     */
    void signatory(int agreement, int signatory, LocalId person, Standing standing);
  }

  private final Map<LocalId, Integer> institutions;
  private final Forest hierarchy;
  private final Function<LocalId, Optional<Speaker>> speakers;

  /**
   * Prepares the assessment of signatories against a record's institutions and speakers.
   *
   * @param institutions the record's institutions
   * @param speakers finds a speaker of the record by identifier
   */
  Signatories(List<Institution> institutions, Function<LocalId, Optional<Speaker>> speakers) {
    this.institutions = Indexes.positions(institutions, Institution::id);
    this.hierarchy = Indexes.institutionHierarchy(institutions);
    this.speakers = speakers;
  }

  /**
   * Assesses every named signatory of the agreements whose person and party the record holds; unnamed
   * signatories have no positions to check and are passed over.
   */
  void visit(List<CooperationAgreement> agreements, Visitor visitor) {
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      List<Signatory> signatories = agreement.signatories();
      for (int j = 0; j < signatories.size(); j++) {
        Signatory signatory = signatories.get(j);
        if (signatory.person().isEmpty()) {
          continue;
        }
        Speaker speaker = speakers.apply(signatory.person().get()).orElse(null);
        Integer party = institutions.get(signatory.party());
        if (speaker == null || party == null) {
          continue;
        }
        visitor.signatory(i, j, speaker.id(), standing(speaker, party, agreement));
      }
    }
  }

  private Standing standing(Speaker speaker, int party, CooperationAgreement agreement) {
    boolean stated = false;
    for (Position position : speaker.positions()) {
      if (position.institution().isEmpty()) {
        continue;
      }
      Integer at = institutions.get(position.institution().get());
      if (at != null && (at == party || hierarchy.isAncestor(party, at))) {
        stated = true;
        if (position.isHeldOn(agreement.signedOn().orElse(null))) {
          return Standing.HELD;
        }
      }
    }
    return stated ? Standing.NOT_HELD : Standing.NOT_STATED;
  }

  /**
   * Reports, at {@code agreements[i].signatories[j]}, every named signatory of a symposium's agreements whose
   * position at the party has the given standing.
   */
  static void report(Symposium symposium, Standing standing, Offences offences) {
    List<CooperationAgreement> agreements = symposium.agreements();
    if (agreements.isEmpty()) {
      return;
    }
    new Signatories(symposium.institutions(), symposium::speaker).visit(agreements, (i, j, person, found) -> {
      if (found == standing) {
        add(offences, at("agreements", i, "signatories", j), agreements.get(i), j, person);
      }
    });
  }

  /**
   * Reports, at {@code agreement.signatories[j]}, every named signatory of a record's agreement whose
   * position at the party has the given standing.
   */
  static void report(AgreementRecord record, Standing standing, Offences offences) {
    CooperationAgreement agreement = record.agreement();
    new Signatories(record.institutions(), record::speaker).visit(List.of(agreement), (i, j, person, found) -> {
      if (found == standing) {
        add(offences, at("agreement", "signatories", j), agreement, j, person);
      }
    });
  }

  private static void add(Offences offences, Object[] path, CooperationAgreement agreement, int signatory,
      LocalId person) {
    offences.add(path, "person", person, "party", agreement.signatories().get(signatory).party(), "agreement",
        agreement.id());
  }
}
