package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import dev.symposia.validation.rules.NoIdentifierShared;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates {@link NoIdentifierShared} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class NoIdentifierSharedValidator extends RuleValidator<NoIdentifierShared, Symposium> {
  /** Creates the validator. */
  public NoIdentifierSharedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    check(symposium.institutions(), symposium.speakers(), offences);
  }

  private static void check(List<Institution> institutions, List<Speaker> speakers, Offences offences) {
    // ORCID iDs are ISNIs, so both go into one map and an ISNI that repeats an ORCID iD is found too.
    // Sized for three identifiers an entity, so that the map never grows: growing rehashes every key.
    Map<Object, LocalId> seen = new HashMap<>((institutions.size() + speakers.size()) * 4 + 1);
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      see(seen, institution.ror().map(RorId::value), institution.ror().map(RorId::value), institution.id(),
          at("institutions", i, "ror"), offences);
      see(seen, institution.isni().map(Isni::value), institution.isni().map(Isni::value), institution.id(),
          at("institutions", i, "isni"), offences);
      see(seen, institution.wikidataId(), institution.wikidataId().map(WikidataId::value), institution.id(),
          at("institutions", i, "wikidataId"), offences);
    }
    for (int i = 0; i < speakers.size(); i++) {
      Speaker speaker = speakers.get(i);
      see(seen, speaker.orcid().map(orcid -> orcid.value().replace("-", "")), speaker.orcid().map(Orcid::value),
          speaker.id(), at("speakers", i, "orcid"), offences);
      see(seen, speaker.isni().map(Isni::value), speaker.isni().map(Isni::value), speaker.id(),
          at("speakers", i, "isni"), offences);
      see(seen, speaker.wikidataId(), speaker.wikidataId().map(WikidataId::value), speaker.id(),
          at("speakers", i, "wikidataId"), offences);
    }
  }

  // One map holds every kind: ROR IDs are nine characters, ISNIs and ORCID digits sixteen, Wikidata items
  // are WikidataId values, so keys of different kinds never meet by accident.
  private static void see(Map<Object, LocalId> seen, Optional<?> key, Optional<String> shown, LocalId owner,
      Object[] path, Offences offences) {
    if (key.isEmpty()) {
      return;
    }
    LocalId other = seen.putIfAbsent(key.get(), owner);
    if (other != null && !other.equals(owner)) {
      offences.add(path, "identifier", shown.orElseThrow(), "entity", owner, "other", other);
    }
  }

  /** Validates {@link NoIdentifierShared} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<NoIdentifierShared, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      NoIdentifierSharedValidator.check(record.institutions(), record.speakers(), offences);
    }
  }
}
