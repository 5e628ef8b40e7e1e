package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.SignatoryPosition;
import java.util.List;
import java.util.Map;

/** Validates {@link SignatoryPosition} on a symposium. Thread-safe. */
public final class SignatoryPositionValidator extends RuleValidator<SignatoryPosition, Symposium> {
  /** Creates the validator. */
  public SignatoryPositionValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<CooperationAgreement> agreements = symposium.agreements();
    if (agreements.isEmpty()) {
      return;
    }
    Map<LocalId, Integer> institutions = Indexes.positions(symposium.institutions(), Institution::id);
    Forest hierarchy = Indexes.institutionHierarchy(symposium);
    for (int i = 0; i < agreements.size(); i++) {
      CooperationAgreement agreement = agreements.get(i);
      List<Signatory> signatories = agreement.signatories();
      for (int j = 0; j < signatories.size(); j++) {
        Signatory signatory = signatories.get(j);
        Speaker speaker = symposium.speaker(signatory.person()).orElse(null);
        Integer party = institutions.get(signatory.party());
        if (speaker == null || party == null) {
          continue;
        }
        if (!holdsPositionAt(speaker, party, institutions, hierarchy)) {
          offences.add(at("agreements", i, "signatories", j), "person", signatory.person(), "party",
              signatory.party(), "agreement", agreement.id());
        }
      }
    }
  }

  private static boolean holdsPositionAt(Speaker speaker, int party, Map<LocalId, Integer> institutions,
      Forest hierarchy) {
    for (Position position : speaker.positions()) {
      if (position.status() != PositionStatus.CURRENT || position.institution().isEmpty()) {
        continue;
      }
      Integer at = institutions.get(position.institution().get());
      if (at != null && (at == party || hierarchy.isAncestor(party, at))) {
        return true;
      }
    }
    return false;
  }
}
