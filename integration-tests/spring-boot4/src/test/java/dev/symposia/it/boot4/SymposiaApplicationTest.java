package dev.symposia.it.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.symposia.event.Symposium;
import dev.symposia.jackson3.SymposiaJson;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import dev.symposia.validation.Warnings;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.beans.factory.annotation.Value;

/**
 * Starts the application on a random port and sends it symposia over HTTP, as a client would: the golden
 * files, programmes with errors and warnings, and malformed documents.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SymposiaApplicationTest {
  private static final SymposiaJson JSON = SymposiaJson.standard();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  @Autowired
  private JsonMapper mapper;

  @Autowired
  private Validator validator;

  static Stream<Path> goldenFiles() {
    return Programmes.goldenFiles().stream();
  }

  /** A response's status and body. */
  private record Response(int status, String body) {}

  private Response post(String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body());
  }

  private JsonNode body(Response response) {
    return mapper.readTree(response.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void aGoldenFileIsAcceptedAndComesBackAsAnEqualModel(Path file) throws Exception {
    String document = Programmes.read(file);

    Response response = post("/symposia", document);

    assertThat(response.status()).isEqualTo(200);
    assertThat(JSON.readSymposium(response.body())).isEqualTo(JSON.readSymposium(document));
  }

  @Test
  void aPersonInTwoOverlappingSessionsIsRefusedWithThePathAndMessage() throws Exception {
    Symposium symposium = Programmes.personInTwoSessions();
    Finding expected = Finding.all(SymposiaValidation.validate(symposium)).get(0);

    Response response = post("/symposia", JSON.write(symposium));

    assertThat(response.status()).isEqualTo(400);
    JsonNode finding = body(response).path("findings").get(0);
    assertThat(body(response).path("findings")).hasSize(1);
    assertThat(finding.path("code").asString()).isEqualTo("SYM-PERSON-OVERLAP");
    assertThat(finding.path("path").asString()).isEqualTo("sessions[1].participants[0]");
    assertThat(finding.path("message").asString()).isEqualTo(expected.message()).contains("wang");
  }

  @Test
  void springsErrorCodesNameNoGeneratedClass() throws Exception {
    Response response = post("/symposia", JSON.write(Programmes.personInTwoSessions()));

    List<String> codes = new ArrayList<>();
    body(response).path("findings").get(0).path("codes").forEach(code -> codes.add(code.asString()));
    assertThat(codes).contains("NoPersonOverlap", "NoPersonOverlap.dev.symposia.event.Participation")
        .noneMatch(code -> code.contains("Immutable"));
  }

  @Test
  void aMalformedOrcidIsRefusedWithItsJsonPath() throws Exception {
    String document = JSON.write(Programmes.orcidOutsideTheRanges()).replace("0000-0000-0000-0001",
        "0000-0002-1825-0096");

    Response response = post("/symposia", document);

    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response).path("path").asString()).isEqualTo("speakers[0].orcid");
    assertThat(body(response).path("message").asString()).contains("speakers[0].orcid", "0000-0002-1825-0096");
  }

  @Test
  void aWarningDoesNotRejectARequest() throws Exception {
    Symposium symposium = Programmes.orcidOutsideTheRanges();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::code)
        .containsExactly("SYM-ORCID-RANGE");

    Response response = post("/symposia", JSON.write(symposium));

    assertThat(response.status()).isEqualTo(200);
    assertThat(JSON.readSymposium(response.body())).isEqualTo(symposium);
  }

  @Test
  void aWarningRejectsARequestWhenTheApplicationAsksForWarnings() throws Exception {
    Response response =
        post("/symposia/without-warnings", JSON.write(Programmes.orcidOutsideTheRanges()));

    assertThat(response.status()).isEqualTo(400);
    JsonNode finding = body(response).path("findings").get(0);
    assertThat(finding.path("code").asString()).isEqualTo("SYM-ORCID-RANGE");
    assertThat(finding.path("severity").asString()).isEqualTo("WARNING");
    assertThat(finding.path("path").asString()).isEqualTo("speakers[0].orcid");
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
