package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit in {@code docs/json/conformance/}, for implementations of the format in other languages:
 * valid documents with their canonical form, refused documents with the JSON path and rule code of the
 * refusal, and the schema's verdict on each. This test builds the kit from the project's own test data (the
 * golden files and the hostile-document corpus), reading every document with the module, and fails unless the
 * kit on disk is byte for byte what it builds. {@code -Dsymposia.updateConformance=true} writes it.
 *
 * <p>The rule codes are the kit's own, coarse on purpose so that any implementation can report them: each
 * refusal's rule is mapped to exactly one code, and a rule no pattern matches fails the test.
 */
class ConformanceKitTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).resolve("..");
  private static final Path KIT = REPOSITORY.resolve("docs/json/conformance");
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final Map<String, Class<? extends Aggregate>> TYPES = Map.of("symposium", Symposium.class,
      "session", Session.class, "speaker", Speaker.class, "institution", Institution.class,
      "agreement", CooperationAgreement.class, "record", AgreementRecord.class);
  private static final Map<String, String> SCHEMA_DEFINITIONS = Map.of("symposium", "SymposiumDocument",
      "session", "SessionDocument", "speaker", "SpeakerDocument", "institution", "InstitutionDocument",
      "agreement", "CooperationAgreementDocument", "record", "AgreementRecordDocument");

  /** Rule codes, first match wins; README.md in the kit says what each means. */
  private static final Map<String, Pattern> CODES = codes();

  private static Map<String, Pattern> codes() {
    Map<String, Pattern> codes = new LinkedHashMap<>();
    codes.put("encoding", Pattern.compile("^(must be encoded in UTF-8|invalid UTF-8|cannot be decoded)"));
    codes.put("syntax", Pattern.compile("^(unexpected|unrecognized character escape|illegal unquoted character"
        + "|invalid numeric value|non-standard token|must not be empty$|must contain nothing after the root)"));
    codes.put("limit", Pattern.compile("^(must not nest objects and arrays|must be at most \\d+ (bytes|characters)"
        + "|must not have a property name longer|must not have so many property names)"));
    codes.put("null", Pattern.compile("^must not be null"));
    codes.put("duplicate-property", Pattern.compile("^must appear only once$"));
    codes.put("unknown-property", Pattern.compile("^is not a property of "));
    codes.put("format-version", Pattern.compile("^must be 1$"));
    codes.put("type", Pattern.compile("^must be (a string|an object|an array|a string or an object|true or false"
        + "|a whole number|a number)\\b"));
    codes.put("reference", Pattern.compile("^(must refer to |must be one of the agreement's parties"
        + "|names an attribute that is not stated|names an element past the end|names no attribute of the model"
        + "|must not be the \\w+ itself|must not name the statistic itself)"));
    codes.put("required", Pattern.compile("^((or [a-z ]+ )?is required$|or [a-z ]+ are required$"
        + "|is required unless )"));
    codes.put("consistency", Pattern.compile("^(exactly one of|must not be before |must not repeat|must be unique"
        + "|must be false when|must be empty when|must be a date the rule gives|needs the session's date"
        + "|must name at least two distinct|must be absent|must be postponed, rescheduled|is required with"
        + "|must not be marked as a main venue|must contain at least one|must be exact, at least, more than or about"
        + "|start \\d\\d:\\d\\d does not exist|start offset [+-]\\d\\d:\\d\\d is not in force)"));
    codes.put("value", Pattern.compile("^(check (digit|digits|character) should be|must be |must not be blank"
        + "|is not an assigned|month must be|(start |end )?(day|year|offset) |start must be|end must not be"
        + "|must not exceed the whole|must name a language|must contain only |must have at most )"));
    return codes;
  }

  static String code(String rule) {
    return CODES.entrySet().stream().filter(c -> c.getValue().matcher(rule).find()).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new AssertionError("no conformance code for the rule: " + rule));
  }

  @Test
  void theKitIsInStepWithTheReaderAndTheSchema() throws Exception {
    Map<String, byte[]> kit = build();
    if (Boolean.getBoolean("symposia.updateConformance")) {
      write(kit);
      return;
    }
    Map<String, byte[]> onDisk = read();
    List<String> differences = new ArrayList<>();
    for (String file : kit.keySet()) {
      if (!onDisk.containsKey(file)) {
        differences.add("missing: " + file);
      } else if (!Arrays.equals(onDisk.get(file), kit.get(file))) {
        differences.add("differs: " + file);
      }
    }
    onDisk.keySet().stream().filter(file -> !kit.containsKey(file)).forEach(file -> differences.add("extra: " + file));
    if (!differences.isEmpty()) {
      fail("docs/json/conformance is out of step (rebuild it with -Dsymposia.updateConformance=true):\n"
          + String.join("\n", differences));
    }
  }

  @Test
  void everyRuleOfTheCorpusHasOneCode() throws IOException {
    for (HostileDocumentsTest.Case c : HostileDocumentsTest.cases()) {
      String rule = c.message().replaceFirst("^.*?: ", "").replaceFirst(" at line \\d+, column \\d+$", "")
          .replaceFirst(" \\(was .*\\)$", "");
      assertThat(code(rule)).as(c.file()).isNotEmpty();
    }
  }

  private static Map<String, byte[]> build() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    StringBuilder manifest = new StringBuilder("{\n  \"kit\": 1,\n  \"format\": 1,\n  \"documents\": [\n");
    List<String> entries = new ArrayList<>();
    for (Path golden : goldenFiles()) {
      String type = golden.getParent().getFileName().toString().equals("records") ? "record" : "symposium";
      byte[] canonical = Files.readAllBytes(golden);
      String name = golden.getFileName().toString().replaceFirst("\\.json$", "");
      String canonicalFile = "valid/" + name + ".json";
      files.put(canonicalFile, canonical);
      Map<String, byte[]> variants = new LinkedHashMap<>();
      variants.put(canonicalFile, canonical);
      JsonNode tree = TREES.readTree(new String(canonical, StandardCharsets.UTF_8));
      String compact = TREES.writeValueAsString(tree);
      variants.put("valid/" + name + ".compact.json", (compact + "\n").getBytes(StandardCharsets.UTF_8));
      variants.put("valid/" + name + ".reordered.json",
          (TREES.writeValueAsString(reversed(tree)) + "\n").getBytes(StandardCharsets.UTF_8));
      variants.put("valid/" + name + ".escaped.json", (escapeNonAscii(compact) + "\n").getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
        String document = new String(variant.getValue(), StandardCharsets.UTF_8);
        for (SymposiaJson json : new SymposiaJson[] {SymposiaJson.standard(), SymposiaJson.strict()}) {
          Aggregate model = json.read(document, TYPES.get(type));
          assertThat(json.write(model)).as("the canonical form of %s", variant.getKey())
              .isEqualTo(new String(canonical, StandardCharsets.UTF_8));
        }
        files.put(variant.getKey(), variant.getValue());
        entries.add("    {\"file\": " + quote(variant.getKey()) + ", \"type\": \"" + type
            + "\", \"mode\": \"strict\", \"expect\": \"accepted\", \"canonical\": " + quote(canonicalFile)
            + ", \"schema\": \"" + schemaVerdict(variant.getValue(), type) + "\"}");
      }
    }
    Path hostile = REPOSITORY.resolve("jackson-module/src/test/resources/hostile");
    for (HostileDocumentsTest.Case c : HostileDocumentsTest.cases()) {
      byte[] document = Files.readAllBytes(hostile.resolve(c.file()));
      SymposiaJson json = c.mode().equals("strict") ? SymposiaJson.strict() : SymposiaJson.standard();
      Throwable thrown = catchThrowable(() -> json.read(hostile.resolve(c.file()), TYPES.get(c.type())));
      assertThat(thrown).as(c.file()).isInstanceOf(SymposiaJsonException.class);
      SymposiaJsonException refusal = (SymposiaJsonException) thrown;
      String file = "invalid/" + c.file();
      files.put(file, document);
      String verdict = schemaVerdict(document, c.type());
      entries.add("    {\"file\": " + quote(file) + ", \"type\": \"" + c.type() + "\", \"mode\": \"" + c.mode()
          + "\", \"expect\": \"refused\", \"path\": " + quote(refusal.jsonPath()) + ", \"code\": \""
          + code(refusal.rule()) + "\", \"rule\": " + quote(refusal.rule()) + ", \"schema\": \"" + verdict + "\""
          + (verdict.equals("accepts") ? ", \"beyondSchema\": true" : "") + "}");
    }
    manifest.append(String.join(",\n", entries)).append("\n  ]\n}\n");
    files.put("manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** The schema's verdict: {@code accepts}, {@code rejects}, or {@code not-json} when it does not apply. */
  private static String schemaVerdict(byte[] document, String type) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(document)).toString();
      TREES.readTree(text);
    } catch (Exception e) {
      return "not-json";
    }
    return SchemaCheck.definition(SCHEMA_DEFINITIONS.get(type), text).isEmpty() ? "accepts" : "rejects";
  }

  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext();) {
        properties.add(i.next());
      }
      ObjectNode reversed = TREES.createObjectNode();
      for (int i = properties.size() - 1; i >= 0; i--) {
        reversed.set(properties.get(i).getKey(), reversed(properties.get(i).getValue()));
      }
      return reversed;
    }
    if (node.isArray()) {
      ArrayNode copy = TREES.createArrayNode();
      for (JsonNode element : node) {
        copy.add(reversed(element));
      }
      return copy;
    }
    return node;
  }

  private static String escapeNonAscii(String json) {
    StringBuilder escaped = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      escaped.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return escaped.toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static List<Path> goldenFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String directory : new String[] {"docs/json/examples", "docs/json/records"}) {
      try (Stream<Path> listed = Files.list(REPOSITORY.resolve(directory))) {
        listed.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static Map<String, byte[]> read() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(KIT)) {
      return files;
    }
    try (Stream<Path> walked = Files.walk(KIT)) {
      for (Path file : walked.filter(Files::isRegularFile).toList()) {
        String name = KIT.relativize(file).toString().replace('\\', '/');
        if (!name.equals("README.md")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private static void write(Map<String, byte[]> kit) throws IOException {
    for (String stale : read().keySet()) {
      if (!kit.containsKey(stale)) {
        Files.delete(KIT.resolve(stale));
      }
    }
    for (Map.Entry<String, byte[]> file : kit.entrySet()) {
      Path target = KIT.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }
}
