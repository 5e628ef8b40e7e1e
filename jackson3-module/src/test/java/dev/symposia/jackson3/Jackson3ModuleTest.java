package dev.symposia.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * jackson-module's ModuleTest in Jackson 3's terms: registering a module and configuring a mapper are the parts
 * of the API that changed shape (builders, immutable mappers), so this one test class is written for Jackson 3
 * rather than rewritten from Jackson 2's.
 */
class Jackson3ModuleTest {
  /** A user's own type that holds model values. */
  public static final class Envelope {
    public String sender;
    public Symposium event;
    public List<Symposium> more;
  }

  private static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new SymposiaModule()).build();
  }

  @Test
  void isFoundByFindAndAddModulesAndServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof SymposiaModule);
    assertThat(mapper.readValue(SymposiaJson.standard().write(Samples.rich()), Symposium.class))
        .isEqualTo(Samples.rich());
    assertThat(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false))
        .anyMatch(m -> m instanceof SymposiaModule && !((SymposiaModule) m).isStrict());
  }

  @Test
  void moduleDescriptorProvidesTheModuleAndExportsOnlyThePublicPackage() {
    Path classes = Path.of(System.getProperty("basedir", ".")).resolve("target/classes");
    ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("dev.symposia.jackson3");
    assertThat(descriptor.provides()).anyMatch(p -> p.service().equals(JacksonModule.class.getName())
        && p.providers().equals(List.of(SymposiaModule.class.getName())));
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.symposia.jackson3");
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .doesNotContain("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
  }

  @Test
  void refusalsAreUncheckedJacksonExceptions() {
    assertThat(RuntimeException.class).isAssignableFrom(SymposiaJsonException.class);
    assertThat(DatabindException.class).isAssignableFrom(SymposiaJsonException.class);
    assertThatThrownBy(() -> mapper().readValue("{\"symposiaFormat\": 2}", Symposium.class))
        .isInstanceOf(SymposiaJsonException.class).isInstanceOf(JacksonException.class)
        .hasMessage("symposiaFormat: must be 1 (was 2) at line 1, column 20");
  }

  @Test
  void aSymposiumInsideAUsersTypeNeitherCarriesNorNeedsTheMarker() {
    JsonMapper mapper = mapper();
    Envelope envelope = new Envelope();
    envelope.sender = "me";
    envelope.event = Samples.minimal();
    envelope.more = List.of(Samples.minimal());
    String written = mapper.writeValueAsString(envelope);
    assertThat(written).doesNotContain("symposiaFormat");
    Envelope read = mapper.readValue(written, Envelope.class);
    assertThat(read.event).isEqualTo(Samples.minimal());
    assertThat(read.more).containsExactly(Samples.minimal());
  }

  @Test
  void errorsInsideAUsersTypeNameTheWholePath() {
    String json = "{\"sender\": \"me\", \"more\": [{\"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\","
        + " \"sessions\": [{\"id\": \"s\", \"kind\": \"talk\"}]}]}";
    assertThatThrownBy(() -> mapper().readValue(json, Envelope.class))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("more[0].sessions[0].kind: must be one of forum,")
        .hasMessageEndingWith("(was \"talk\") at line 1, column 103");
  }

  @Test
  void aStrictModuleRefusesUnknownPropertiesAndWinsWhenRegisteredLast() {
    String json = "{\"symposiaFormat\": 1, \"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\", \"colour\": \"red\"}";
    JsonMapper both = JsonMapper.builder().findAndAddModules().addModule(SymposiaModule.strict()).build();
    assertThatThrownBy(() -> both.readValue(json, Symposium.class))
        .hasMessage("colour: is not a property of Symposium at line 1, column 75");
    assertThat(SymposiaModule.strict().getRegistrationId()).isNotEqualTo(new SymposiaModule().getRegistrationId());
    assertThat(SymposiaModule.standard().isStrict()).isFalse();
  }

  /** Jackson 3 changed these defaults; the form depends on none of them. */
  @Test
  void theFormDependsOnNoneOfTheDefaultsJackson3Changed() {
    String json = "{\"symposiaFormat\": 1, \"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\", \"colour\": \"red\"}";
    for (boolean on : new boolean[] {true, false}) {
      JsonMapper.Builder builder = JsonMapper.builder().addModule(new SymposiaModule());
      JsonMapper mapper = (on ? builder.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          : builder.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).build();
      assertThat(mapper.readValue(json, Symposium.class).id()).isEqualTo(LocalId.of("m"));
      assertThat(mapper.writeValueAsString(Count.moreThan(200))).isEqualTo("{\"precision\":\"more_than\",\"value\":200}");
    }
    assertThat(SymposiaJson.standard().mapper().isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)).isFalse();
    assertThat(SymposiaJson.standard().mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(SymposiaJson.standard().mapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
  }

  @Test
  void defaultTypingNeverAddsOrReadsTypeIds() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SymposiaModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
            DefaultTyping.NON_FINAL)
        .build();
    String written = mapper.writeValueAsString(Samples.rich());
    assertThat(written).doesNotContain("dev.symposia").doesNotContain("@class");
    assertThat(mapper.readValue(written, Symposium.class)).isEqualTo(Samples.rich());
  }

  @Test
  void valuesAndEnumerationsWorkOnTheirOwnAndAsMapKeys() {
    JsonMapper mapper = mapper();
    assertThat(mapper.writeValueAsString(SessionKind.OPENING_CEREMONY)).isEqualTo("\"opening_ceremony\"");
    assertThat(mapper.writeValueAsString(Samples.orcid())).isEqualTo("\"https://orcid.org/0000-0002-1825-0097\"");
    assertThat(mapper.readValue("\"0000-0002-1825-0097\"", Orcid.class)).isEqualTo(Samples.orcid());
    assertThat(mapper.readValue("{\"zh-Hans\":\"中国\",\"en\":\"China\"}", LocalizedText.class))
        .isEqualTo(LocalizedText.of("zh-Hans", "中国").with("en", "China"));

    Map<SessionKind, Map<LocalId, PartialDate>> keyed = Map.of(SessionKind.PANEL,
        Map.of(LocalId.of("wang-chen"), PartialDate.ofMonthDay(4, 29)));
    String written = mapper.writeValueAsString(keyed);
    assertThat(written).isEqualTo("{\"panel\":{\"wang-chen\":\"--04-29\"}}");
    assertThat(mapper.readValue(written, new TypeReference<Map<SessionKind, Map<LocalId, PartialDate>>>() {}))
        .isEqualTo(keyed);
    assertThatThrownBy(() -> mapper.readValue("{\"PANEL\": {}}", new TypeReference<Map<SessionKind, String>>() {}))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("PANEL: property name must be one of forum,");
  }

  @Test
  void aNullDocumentIsRefusedButANullFieldOfAUsersTypeIsTheirs() {
    JsonMapper mapper = mapper();
    assertThatThrownBy(() -> mapper.readValue("null", Symposium.class)).isInstanceOf(DatabindException.class)
        .hasMessage("$: must not be null at line 1, column 1");
    assertThat(mapper.readValue("{\"event\": null}", Envelope.class).event).isNull();
  }

  @Test
  void reportsItsVersionAndName() {
    SymposiaModule module = new SymposiaModule();
    assertThat(module.getModuleName()).isEqualTo("SymposiaModule");
    assertThat(module.version().getGroupId()).isEqualTo("dev.symposia");
    assertThat(module.version().getArtifactId()).isEqualTo("symposia-jackson3");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }
}
