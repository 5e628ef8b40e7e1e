package dev.symposia.examples.howto;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.identifier.LocalId;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.io.IOException;

/**
 * How-to: record a cooperation agreement signed outside any event, and write it as its own JSON document.
 *
 * <p>The agreement, its parties and its signatory are fictional. It names no session ({@code signedAt} is
 * empty) and says where and when it was signed instead. Its parties and signatories are identifiers; an application that keeps institutions and people
 * elsewhere resolves them there.
 */
public final class AgreementOutsideAnyEvent {
  private AgreementOutsideAnyEvent() {}

  /**
   * Builds the agreement and prints its JSON document.
   *
   * @param args ignored
   * @throws IOException never in practice: the agreement is valid
   */
  public static void main(String[] args) throws IOException {
    System.out.print(SymposiaJson.standard().write(agreement()));
  }

  /**
   * Returns the agreement this how-to records.
   *
   * @return a fictional memorandum between two fictional medical schools, signed in Singapore
   */
  public static CooperationAgreement agreement() {
    return CooperationAgreement.builder().id("northbridge-harbourview-mou")
        .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
        .title(LocalizedText.of("Memorandum of understanding on joint medical education"))
        .addParties(LocalId.of("northbridge-medical-college"), LocalId.of("harbourview-medicine"))
        .addSignatories(Signatory.of(LocalId.of("ada-quill"), LocalId.of("northbridge-medical-college")))
        .signedOn(PartialDate.ofYearMonth(2025, 3))
        .place(Place.city("Singapore", CountryCode.of("SG")))
        .addTopics(LocalizedText.of("medical education"))
        .build();
  }
}
