package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.validation.rules.NoInstitutionCycle;
import java.util.List;

/** Validates {@link NoInstitutionCycle} on a symposium; {@link ForRecord} on an agreement record. Thread-safe. */
public final class NoInstitutionCycleValidator
    extends RuleValidator<NoInstitutionCycle, Symposium> {
  /** Creates the validator. */
  public NoInstitutionCycleValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    check(symposium.institutions(), offences);
  }

  private static void check(List<Institution> institutions, Offences offences) {
    for (int[] cycle : Indexes.institutionHierarchy(institutions).cycles()) {
      StringBuilder path = new StringBuilder();
      for (int member : cycle) {
        path.append(institutions.get(member).id()).append(" \u2192 ");
      }
      path.append(institutions.get(cycle[0]).id());
      offences.add(at("institutions", cycle[0], "parent"), "institution", institutions.get(cycle[0]).id(),
          "cycle", path);
    }
  }

  /** Validates {@link NoInstitutionCycle} on an agreement record. Thread-safe. */
  public static final class ForRecord extends RuleValidator<NoInstitutionCycle, AgreementRecord> {
    /** Creates the validator. */
    public ForRecord() {}

    @Override
    protected void check(AgreementRecord record, Offences offences) {
      NoInstitutionCycleValidator.check(record.institutions(), offences);
    }
  }
}
