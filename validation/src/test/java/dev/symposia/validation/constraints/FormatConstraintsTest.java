package dev.symposia.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.validation.Finding;
import dev.symposia.validation.Severity;
import dev.symposia.validation.SymposiaValidation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatConstraintsTest {
  /** An application's own form, with plain text fields. */
  static final class Form {
    @OrcidFormat String orcid;
    @OrcidFormat(assignedRangeOnly = true) String issuedOrcid;
    @RorIdFormat String ror;
    @IsniFormat String isni;
    @WikidataIdFormat String item;
    @CountryCodeFormat String country;
    @LocalIdFormat CharSequence localId;
    @DoiFormat String doi;
    @OrcidFormat(payload = Severity.Warning.class) String lenientOrcid;
  }

  /** A plain validator that knows nothing of the Symposia mapping: these constraints need none. */
  private static final Validator PLAIN = Validation.buildDefaultValidatorFactory().getValidator();

  private static List<String> codesAndPaths(Form form) {
    return Finding.all(PLAIN.validate(form)).stream().map(f -> f.code() + " " + f.path())
        .collect(java.util.stream.Collectors.toList());
  }

  @ParameterizedTest(name = "{0} \"{1}\" is valid: {2}")
  @CsvSource({
    "orcid,    0000-0002-1825-0097,                     true",
    "orcid,    https://orcid.org/0000-0002-1825-0097,   true",
    "orcid,    0000-0002-1825-0096,                     false",
    "orcid,    0000-0002-1825-009x,                     false",
    "orcid,    ' 0000-0002-1825-0097',                  false",
    "orcid,    0000-0000-0000-0001,                     true",
    "ror,      013meh722,                               true",
    "ror,      https://ror.org/013MEH722,               true",
    "ror,      013meh723,                               false",
    "isni,     0000 0001 2283 635X,                     true",
    "isni,     000000012283635X,                        true",
    "isni,     0000-0001-2283-635X,                     false",
    "item,     Q42,                                     true",
    "item,     http://www.wikidata.org/entity/Q42,      true",
    "item,     q42,                                     false",
    "item,     Q042,                                    false",
    "country,  CN,                                      true",
    "country,  HK,                                      true",
    "country,  cn,                                      false",
    "country,  UK,                                      false",
    "country,  XK,                                      false",
    "localId,  wang-chen,                               true",
    "localId,  -wang,                                   false",
    "localId,  '',                                      false",
    "doi,      10.5555/12345678,                        true",
    "doi,      doi:10.5555/fictional.p117,              true",
    "doi,      https://doi.org/10.5555/12345678,        true",
    "doi,      https://dx.doi.org/10.1000.10/ABC%2Fdef, true",
    "doi,      10.5555/,                                false",
    "doi,      11.5555/12345678,                        false",
    "doi,      10.555/12345678,                         false",
    "doi,      '10.5555/1234 5678',                     false",
    "doi,      https://example.org/10.5555/12345678,    false",
  })
  void eachConstraintAcceptsExactlyWhatTheCoreTypeAccepts(String field, String text, boolean valid)
      throws ReflectiveOperationException {
    Form form = new Form();
    Form.class.getDeclaredField(field).set(form, text);

    assertThat(codesAndPaths(form)).hasSize(valid ? 0 : 1);
  }

  @Test
  void nullIsValid() {
    assertThat(PLAIN.validate(new Form())).isEmpty();
  }

  @Test
  void anOrcidOutsideTheAssignedRangesIsRefusedOnlyWhenAsked() {
    Form form = new Form();
    form.orcid = "0000-0000-0000-0001";
    form.issuedOrcid = "0000-0000-0000-0001";

    assertThat(Finding.all(PLAIN.validate(form))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-ORCID-FORMAT issuedOrcid: must be an ORCID iD from a range ORCID assigns from");
  }

  @Test
  void aDoiThatIsNotOneIsAnErrorInEveryLanguage() {
    Form form = new Form();
    form.doi = "doi.org/10.5555";

    assertThat(Finding.all(SymposiaValidation.validator(Locale.ENGLISH).validate(form)))
        .extracting(Finding::toString).containsExactly("ERROR SYM-DOI-FORMAT doi: must be a DOI, such as 10.5555/12345678");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(form)))
        .extracting(Finding::message).containsExactly("必须是 DOI，例如 10.5555/12345678");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(form)))
        .extracting(Finding::message).containsExactly("必須是 DOI，例如 10.5555/12345678");
  }

  @Test
  void codesSeveritiesAndMessagesInBothLanguages() {
    Form form = new Form();
    form.country = "UK";
    form.lenientOrcid = "0000-0002-1825-0096";
    form.localId = new StringBuilder("a b");

    assertThat(Finding.all(SymposiaValidation.validator(Locale.ENGLISH).validate(form)))
        .extracting(Finding::toString).containsExactly(
            "ERROR SYM-COUNTRY-CODE-FORMAT country: must be an assigned ISO 3166-1 alpha-2 country code in upper case, "
                + "such as CN",
            "WARNING SYM-ORCID-FORMAT lenientOrcid: must be an ORCID iD, such as 0000-0002-1825-0097",
            "ERROR SYM-LOCAL-ID-FORMAT localId: must be 1 to 128 ASCII letters, digits, \".\", \"_\", \"-\" or \":\", "
                + "starting with a letter or digit");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(form)))
        .extracting(Finding::message).contains("必须是已分配的大写 ISO 3166-1 二位字母国家或地区代码，例如 CN");
  }
}
