package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.place.CountryCode;
import dev.symposia.validation.rules.InstitutionCountry;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Validates {@link InstitutionCountry} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class InstitutionCountryValidator extends RuleValidator<InstitutionCountry, Symposium> {
  /** Creates the validator. */
  public InstitutionCountryValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    check(symposium.institutions(), symposium::institution, offences);
  }

  private static void check(List<Institution> institutions, Function<LocalId, Optional<Institution>> find,
      Offences offences) {
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      if (institution.country().isEmpty() || institution.parent().isEmpty()) {
        continue;
      }
      Optional<CountryCode> parentCountry = find.apply(institution.parent().get()).flatMap(Institution::country);
      if (parentCountry.isPresent() && !parentCountry.get().equals(institution.country().get())) {
        offences.add(at("institutions", i, "country"), "institution", institution.id(), "country",
            institution.country().get(), "parent", institution.parent().get(), "parentCountry",
            parentCountry.get());
      }
    }
  }

  /** Validates {@link InstitutionCountry} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<InstitutionCountry, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      InstitutionCountryValidator.check(record.institutions(), record::institution, offences);
    }
  }
}
