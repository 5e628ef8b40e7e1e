package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.symposia.event.Symposium;
import dev.symposia.generators.EventGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader resolves a symposium's references while it reads them and spares core the second pass only
 * when they all resolve: every reference a generated symposium makes, pointed at nothing or at an entity of
 * another kind, is refused at its path, as core refuses it.
 *
 * <p>The references are found in the document, not listed here: every string equal to a declared identifier,
 * other than the declaration itself, is one. A reference added to the model later is covered without
 * changing this test, so a reader that forgot to record it cannot pass.
 */
class ReferenceResolutionTest {
  private static final int EXAMPLES = Integer.getInteger("symposia.examples", 100);
  private static final List<String> DECLARING_LISTS = List.of("institutions", "speakers", "sessions", "agreements");
  private static final int SITES = 40;
  private static final ObjectMapper TREES = new ObjectMapper();
  private final SymposiaJson json = SymposiaJson.standard();

  /** A string in the document that names a declared entity. */
  private record Site(String path, ObjectNode owner, String field, ArrayNode list, int index, String kind,
      String original) {
    /**
     * Returns the path of the top-level entity holding the reference: changing a reference may break a rule
     * of that entity (an agreement's signatory must sign for one of its parties) before the reference
     * itself is resolved.
     */
    String entity() {
      int end = path.indexOf(']');
      return end < 0 ? path : path.substring(0, end + 1);
    }

    void set(String value) {
      if (owner != null) {
        owner.set(field, TextNode.valueOf(value));
      } else {
        list.set(index, TextNode.valueOf(value));
      }
    }
  }

  @Test
  void everyReferencePointedAtNothingIsRefusedAtItsPath() {
    qt().withExamples(EXAMPLES / 4).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      JsonNode tree = tree(symposium);
      Map<String, String> declared = declarations(tree);
      for (Site site : references(tree, declared)) {
        site.set("no-such-entity");
        assertThatThrownBy(() -> json.readSymposium(TREES.writeValueAsString(tree)))
            .as(site.path()).isInstanceOf(SymposiaJsonException.class)
            .hasMessageStartingWith(site.entity()).hasMessageContaining(": must ");
        site.set(site.original());
      }
    });
  }

  @Test
  void everyReferencePointedAtAnEntityOfAnotherKindIsRefusedAtItsPath() {
    qt().withExamples(EXAMPLES / 4).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      JsonNode tree = tree(symposium);
      Map<String, String> declared = declarations(tree);
      for (Site site : references(tree, declared)) {
        String other = declared.entrySet().stream().filter(e -> !e.getValue().equals(site.kind()))
            .map(Map.Entry::getKey).findFirst().orElse(null);
        if (other == null) {
          continue;
        }
        site.set(other);
        assertThatThrownBy(() -> json.readSymposium(TREES.writeValueAsString(tree)))
            .as(site.path() + " -> " + other).isInstanceOf(SymposiaJsonException.class)
            .hasMessageStartingWith(site.entity()).hasMessageContaining(": must ");
        site.set(site.original());
      }
    });
  }

  @Test
  void aSymposiumWhoseReferencesAllResolveReadsBackEqual() {
    qt().withExamples(EXAMPLES).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      try {
        assertThat(json.readSymposium(json.write(symposium))).isEqualTo(symposium);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void anIdentifierDeclaredTwiceIsRefusedWhateverTheKinds() throws IOException {
    Symposium rich = Samples.rich();
    ObjectNode tree = (ObjectNode) tree(rich);
    String speaker = tree.path("speakers").path(0).path("id").asText();
    ((ObjectNode) tree.path("institutions").path(0)).put("id", speaker);

    assertThatThrownBy(() -> json.readSymposium(TREES.writeValueAsString(tree)))
        .isInstanceOf(SymposiaJsonException.class).hasMessageContaining("must be unique within the symposium");
  }

  private static JsonNode tree(Symposium symposium) {
    try {
      return TREES.readTree(SymposiaJson.standard().write(symposium));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> declarations(JsonNode tree) {
    Map<String, String> declared = new LinkedHashMap<>();
    for (String list : DECLARING_LISTS) {
      for (JsonNode entity : tree.path(list)) {
        declared.put(entity.path("id").asText(), list);
      }
    }
    return declared;
  }

  // At most SITES references of each document, spread over it: reading the whole document once per
  // reference makes large generated programmes slow to test.
  private static List<Site> references(JsonNode tree, Map<String, String> declared) {
    List<Site> sites = new ArrayList<>();
    collect(tree, "", true, declared, sites);
    if (sites.size() <= SITES) {
      return sites;
    }
    List<Site> spread = new ArrayList<>();
    for (int i = 0; i < SITES; i++) {
      spread.add(sites.get(i * sites.size() / SITES));
    }
    return spread;
  }

  private static void collect(JsonNode node, String path, boolean root, Map<String, String> declared,
      List<Site> sites) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        JsonNode value = field.getValue();
        boolean declaration = field.getKey().equals("id") && (root || isDeclaringEntity(path));
        if (value.isTextual() && declared.containsKey(value.asText()) && !declaration) {
          sites.add(new Site(child, (ObjectNode) node, field.getKey(), null, -1, declared.get(value.asText()),
              value.asText()));
        } else {
          collect(value, child, false, declared, sites);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        String child = path + "[" + i + "]";
        if (value.isTextual() && declared.containsKey(value.asText())) {
          sites.add(new Site(child, null, null, (ArrayNode) node, i, declared.get(value.asText()),
              value.asText()));
        } else {
          collect(value, child, false, declared, sites);
        }
      }
    }
  }

  private static boolean isDeclaringEntity(String path) {
    return DECLARING_LISTS.stream().anyMatch(list -> path.matches(list + "\\[\\d+\\]"));
  }
}
