package dev.symposia.it.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import dev.symposia.validation.Warnings;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Starts the application on a random port and sends it symposia over HTTP, as a client would: the golden
 * files, programmes with errors and warnings, and malformed documents.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SymposiaApplicationTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private ObjectMapper mapper;

  @Autowired
  private Validator validator;

  static Stream<Path> goldenFiles() {
    return Programmes.goldenFiles().stream();
  }

  private ResponseEntity<String> post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return mapper.readTree(response.getBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void aGoldenFileIsAcceptedAndComesBackAsAnEqualModel(Path file) throws Exception {
    String document = Programmes.read(file);

    ResponseEntity<String> response = post("/symposia", document);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readSymposium(response.getBody())).isEqualTo(JSON.readSymposium(document));
  }

  @Test
  void aPersonInTwoOverlappingSessionsIsRefusedWithThePathAndMessage() throws Exception {
    Symposium symposium = Programmes.personInTwoSessions();
    Finding expected = Finding.all(SymposiaValidation.validate(symposium)).get(0);

    ResponseEntity<String> response = post("/symposia", JSON.write(symposium));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode finding = body(response).path("findings").get(0);
    assertThat(body(response).path("findings")).hasSize(1);
    assertThat(finding.path("code").asText()).isEqualTo("SYM-PERSON-OVERLAP");
    assertThat(finding.path("path").asText()).isEqualTo("sessions[1].participants[0]");
    assertThat(finding.path("message").asText()).isEqualTo(expected.message()).contains("wang");
  }

  @Test
  void springsErrorCodesNameNoGeneratedClass() throws Exception {
    ResponseEntity<String> response = post("/symposia", JSON.write(Programmes.personInTwoSessions()));

    List<String> codes = new ArrayList<>();
    body(response).path("findings").get(0).path("codes").forEach(code -> codes.add(code.asText()));
    assertThat(codes).contains("NoPersonOverlap", "NoPersonOverlap.dev.symposia.event.Participation")
        .noneMatch(code -> code.contains("Immutable"));
  }

  @Test
  void aMalformedOrcidIsRefusedWithItsJsonPath() throws Exception {
    String document = JSON.write(Programmes.orcidOutsideTheRanges()).replace("0000-0000-0000-0001",
        "0000-0002-1825-0096");

    ResponseEntity<String> response = post("/symposia", document);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(response).path("path").asText()).isEqualTo("speakers[0].orcid");
    assertThat(body(response).path("message").asText()).contains("speakers[0].orcid", "0000-0002-1825-0096");
  }

  @Test
  void aWarningDoesNotRejectARequest() throws Exception {
    Symposium symposium = Programmes.orcidOutsideTheRanges();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::code)
        .containsExactly("SYM-ORCID-RANGE");

    ResponseEntity<String> response = post("/symposia", JSON.write(symposium));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readSymposium(response.getBody())).isEqualTo(symposium);
  }

  @Test
  void aWarningRejectsARequestWhenTheApplicationAsksForWarnings() throws Exception {
    ResponseEntity<String> response =
        post("/symposia/without-warnings", JSON.write(Programmes.orcidOutsideTheRanges()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
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
          .isEqualTo(expected.stream().filter(f -> f.severity() == dev.symposia.validation.Severity.ERROR).toList());
    }
    assertThat(Finding.all(validator.validate(built, Default.class, Warnings.class))).extracting(Finding::code)
        .containsExactly("SYM-PERSON-OVERLAP", "SYM-ORCID-RANGE");
  }
}
