package dev.symposia.it.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.validation.Finding;
import dev.symposia.validation.Severity;
import dev.symposia.validation.SymposiaValidation;
import dev.symposia.validation.Warnings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Starts the application (JVM mode) and sends it symposia over HTTP, as a client would: the golden files,
 * programmes with errors and warnings, and malformed documents.
 */
@QuarkusTest
class SymposiaResourceTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  @Inject
  ObjectMapper mapper;

  @Inject
  Validator validator;

  static Stream<Path> goldenFiles() {
    return Programmes.goldenFiles().stream();
  }

  private static Response post(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).when().post(path).andReturn();
  }

  private JsonNode body(Response response) throws Exception {
    return mapper.readTree(response.asString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void aGoldenFileIsAcceptedAndComesBackAsAnEqualModel(Path file) throws Exception {
    String document = Programmes.read(file);

    Response response = post("/symposia", document);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(JSON.readSymposium(response.asString())).isEqualTo(JSON.readSymposium(document));
  }

  @Test
  void aPersonInTwoOverlappingSessionsIsRefusedWithThePathAndMessage() throws Exception {
    Symposium symposium = Programmes.personInTwoSessions();
    Finding expected = Finding.all(SymposiaValidation.validate(symposium)).get(0);

    Response response = post("/symposia", JSON.write(symposium));

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    assertThat(body(response).path("findings")).hasSize(1);
    JsonNode finding = body(response).path("findings").get(0);
    assertThat(finding.path("code").asText()).isEqualTo("SYM-PERSON-OVERLAP");
    assertThat(finding.path("path").asText()).isEqualTo("sessions[1].participants[0]");
    assertThat(finding.path("message").asText()).isEqualTo(expected.message()).contains("wang");
  }

  @Test
  void aMalformedOrcidIsRefusedWithItsJsonPath() throws Exception {
    String document = JSON.write(Programmes.orcidOutsideTheRanges()).replace("0000-0000-0000-0001",
        "0000-0002-1825-0096");

    Response response = post("/symposia", document);

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    assertThat(body(response).path("path").asText()).as(response.asString()).isEqualTo("speakers[0].orcid");
    assertThat(body(response).path("message").asText()).contains("speakers[0].orcid", "0000-0002-1825-0096");
  }

  @Test
  void aWarningDoesNotRejectARequest() throws Exception {
    Symposium symposium = Programmes.orcidOutsideTheRanges();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::code)
        .containsExactly("SYM-ORCID-RANGE");

    Response response = post("/symposia", JSON.write(symposium));

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(JSON.readSymposium(response.asString())).isEqualTo(symposium);
  }

  @Test
  void aWarningRejectsARequestWhenTheApplicationAsksForWarnings() throws Exception {
    Response response = post("/symposia/without-warnings", JSON.write(Programmes.orcidOutsideTheRanges()));

    assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
    JsonNode finding = body(response).path("findings").get(0);
    assertThat(finding.path("code").asText()).isEqualTo("SYM-ORCID-RANGE");
    assertThat(finding.path("severity").asText()).isEqualTo("WARNING");
    assertThat(finding.path("path").asText()).isEqualTo("speakers[0].orcid");
  }

  @Test
  void theInjectedValidatorFindsWhatSymposiaValidationFinds() throws Exception {
    List<Symposium> symposia = new ArrayList<>();
    for (Path file : Programmes.goldenFiles()) {
      symposia.add(mapper.readValue(Programmes.read(file), Symposium.class));
    }
    Symposium built = Programmes.anErrorAndAWarning();
    symposia.add(built);
    symposia.add(mapper.readValue(JSON.write(built), Symposium.class));

    for (Symposium symposium : symposia) {
      List<Finding> expected = Finding.all(SymposiaValidation.validate(symposium));
      assertThat(Finding.all(validator.validate(symposium, Default.class, Warnings.class))).isEqualTo(expected);
      assertThat(Finding.all(validator.validate(symposium)))
          .isEqualTo(expected.stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }
    assertThat(Finding.all(validator.validate(built, Default.class, Warnings.class))).extracting(Finding::code)
        .containsExactly("SYM-PERSON-OVERLAP", "SYM-ORCID-RANGE");
  }
}
