package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Symposium;
import dev.symposia.people.PositionStatus;
import dev.symposia.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** What readers accept beyond the canonical form, so that other writers need not be byte-perfect. */
class LenientReadingTest {
  private static final String HEAD = "{\"symposiaFormat\": 1, \"id\": \"s\", \"dates\": \"2024\", ";

  private static Symposium read(String rest) throws Exception {
    return SymposiaJson.strict().readSymposium(HEAD + rest + "}");
  }

  @Test
  void emptyListsAreAbsentLists() throws Exception {
    assertThat(read("\"title\": \"T\", \"topics\": [], \"sessions\": []"))
        .isEqualTo(read("\"title\": \"T\""));
  }

  @Test
  void oneEnglishTextMayBeAnObject() throws Exception {
    assertThat(read("\"title\": {\"en\": \"T\"}").title()).isEqualTo(LocalizedText.of("T"));
  }

  @Test
  void mainVenueMayBeFalse() throws Exception {
    assertThat(read("\"title\": \"T\", \"places\": [{\"city\": \"X\", \"mainVenue\": false}]").places().get(0)
        .isMainVenue()).isFalse();
  }

  @Test
  void theMarkerMayComeAnywhereInTheRootObject() throws Exception {
    String json = "{\"id\": \"s\", \"title\": \"T\", \"dates\": \"2024\", \"symposiaFormat\": 1}";
    assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(read("\"title\": \"T\""));
  }

  @Test
  void defaultEnumerationsMayBeLeftOut() throws Exception {
    Symposium read = read("\"title\": \"T\", \"institutions\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\"},"
        + " {\"id\": \"b\", \"name\": \"B\", \"kind\": \"other\"}], \"speakers\": [{\"id\": \"w\", \"name\":"
        + " {\"givenName\": \"W\", \"order\": \"given_first\"}, \"positions\": [{\"institution\": \"a\"}]}],"
        + " \"agreements\": [{\"id\": \"x\", \"parties\": [\"a\", \"b\"]}]");
    assertThat(read.speakers().get(0).positions().get(0).status()).isEqualTo(PositionStatus.CURRENT);
    CooperationAgreement agreement = read.agreements().get(0);
    assertThat(agreement.kind()).isEqualTo(AgreementKind.COOPERATION);
    assertThat(SymposiaJson.standard().write(read)).contains("\"status\": \"current\"").contains("\"kind\": \"cooperation\"");
  }

  @Test
  void identifiersMayBeInAnyFormTheirParseAccepts() throws Exception {
    Symposium read = read("\"title\": \"T\", \"institutions\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\","
        + " \"ror\": \"http://ror.org/013Q1EQ08\", \"isni\": \"0000 0001 2103 2683\","
        + " \"wikidataId\": \"https://www.wikidata.org/wiki/Q42\"}], \"speakers\": [{\"id\": \"w\", \"name\":"
        + " {\"givenName\": \"W\", \"order\": \"given_first\"}, \"orcid\": \"0000-0002-1825-0097\"}]");
    String written = SymposiaJson.standard().write(read);
    assertThat(written).contains("\"ror\": \"https://ror.org/013q1eq08\"")
        .contains("\"isni\": \"https://isni.org/isni/0000000121032683\"")
        .contains("\"wikidataId\": \"http://www.wikidata.org/entity/Q42\"")
        .contains("\"orcid\": \"https://orcid.org/0000-0002-1825-0097\"");
    assertThat(SchemaCheck.document(written)).isEmpty();
  }
}
