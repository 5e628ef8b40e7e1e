package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.place.CountryCode;
import dev.symposia.validation.rules.InstitutionCountry;
import java.util.List;
import java.util.Optional;

/** Validates {@link InstitutionCountry} on a symposium. Thread-safe. */
public final class InstitutionCountryValidator extends RuleValidator<InstitutionCountry, Symposium> {
  /** Creates the validator. */
  public InstitutionCountryValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      if (institution.country().isEmpty() || institution.parent().isEmpty()) {
        continue;
      }
      Optional<CountryCode> parentCountry =
          symposium.institution(institution.parent().get()).flatMap(Institution::country);
      if (parentCountry.isPresent() && !parentCountry.get().equals(institution.country().get())) {
        offences.add(at("institutions", i, "country"), "institution", institution.id(), "country",
            institution.country().get(), "parent", institution.parent().get(), "parentCountry",
            parentCountry.get());
      }
    }
  }
}
