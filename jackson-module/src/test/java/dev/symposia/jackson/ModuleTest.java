package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
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

class ModuleTest {
  /** A user's own type that holds model values. */
  public static final class Envelope {
    public String sender;
    public Symposium event;
    public List<Symposium> more;
  }

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(SymposiaModule.class.getName());
    assertThat(mapper.readValue(SymposiaJson.standard().write(Samples.rich()), Symposium.class))
        .isEqualTo(Samples.rich());
    assertThat(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false))
        .anyMatch(m -> m instanceof SymposiaModule && !((SymposiaModule) m).isStrict());
  }

  @Test
  void moduleDescriptorProvidesTheModuleAndExportsOnlyThePublicPackage() {
    Path classes = Path.of(System.getProperty("basedir", ".")).resolve("target/classes");
    ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("dev.symposia.jackson");
    assertThat(descriptor.provides()).anyMatch(p -> p.service().equals(Module.class.getName())
        && p.providers().equals(List.of(SymposiaModule.class.getName())));
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.symposia.jackson");
  }

  @Test
  void aSymposiumInsideAUsersTypeNeitherCarriesNorNeedsTheMarker() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
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
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    String json = "{\"sender\": \"me\", \"more\": [{\"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\","
        + " \"sessions\": [{\"id\": \"s\", \"kind\": \"talk\"}]}]}";
    assertThatThrownBy(() -> mapper.readValue(json, Envelope.class))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("more[0].sessions[0].kind: must be one of forum,")
        .hasMessageEndingWith("(was \"talk\") at line 1, column 103");
  }

  @Test
  void aStrictModuleRefusesUnknownPropertiesAndWinsWhenRegisteredLast() {
    String json = "{\"symposiaFormat\": 1, \"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\", \"colour\": \"red\"}";
    ObjectMapper both = new ObjectMapper().findAndRegisterModules().registerModule(SymposiaModule.strict());
    assertThatThrownBy(() -> both.readValue(json, Symposium.class))
        .hasMessage("colour: is not a property of Symposium at line 1, column 75");
    assertThat(SymposiaModule.strict().getTypeId()).isNotEqualTo(new SymposiaModule().getTypeId())
        .isEqualTo("dev.symposia.jackson.SymposiaModule:strict");
    assertThat(SymposiaModule.standard().getTypeId()).isEqualTo(new SymposiaModule().getTypeId())
        .isEqualTo("dev.symposia.jackson.SymposiaModule");
    assertThat(SymposiaModule.strict().isStrict()).isTrue();
    assertThat(SymposiaModule.standard().isStrict()).isFalse();
  }

  @Test
  void theModeDecidesNotTheMappersUnknownPropertyFeature() throws Exception {
    String json = "{\"symposiaFormat\": 1, \"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\", \"colour\": \"red\"}";
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule())
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(mapper.readValue(json, Symposium.class).id()).isEqualTo(LocalId.of("m"));
  }

  @Test
  void defaultTypingNeverAddsOrReadsTypeIds() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
        ObjectMapper.DefaultTyping.NON_FINAL);
    String written = mapper.writeValueAsString(Samples.rich());
    assertThat(written).doesNotContain("dev.symposia").doesNotContain("@class");
    assertThat(mapper.readValue(written, Symposium.class)).isEqualTo(Samples.rich());
  }

  @Test
  void valuesAndEnumerationsWorkOnTheirOwnAndAsMapKeys() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    assertThat(mapper.writeValueAsString(SessionKind.OPENING_CEREMONY)).isEqualTo("\"opening_ceremony\"");
    assertThat(mapper.writeValueAsString(Samples.orcid())).isEqualTo("\"https://orcid.org/0000-0002-1825-0097\"");
    assertThat(mapper.writeValueAsString(Count.moreThan(200))).isEqualTo("{\"precision\":\"more_than\",\"value\":200}");
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
    assertThatThrownBy(() -> mapper.readValue("{\"wang chen\": \"2024\"}",
        new TypeReference<Map<LocalId, PartialDate>>() {}))
        .isInstanceOf(SymposiaJsonException.class)
        .hasMessage("[\"wang chen\"]: property name must contain only ASCII letters, digits, '.', '_', '-' and ':'"
            + " (was \"wang chen\") at line 1, column 2");
  }

  @Test
  void aNullDocumentIsRefusedButANullFieldOfAUsersTypeIsTheirs() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    assertThatThrownBy(() -> mapper.readValue("null", Symposium.class)).isInstanceOf(JsonMappingException.class)
        .hasMessage("$: must not be null at line 1, column 1");
    assertThat(mapper.readValue("{\"event\": null}", Envelope.class).event).isNull();
  }

  @Test
  void reportsItsVersionAndName() {
    SymposiaModule module = new SymposiaModule();
    assertThat(module.getModuleName()).isEqualTo("SymposiaModule");
    assertThat(module.version().getGroupId()).isEqualTo("dev.symposia");
    assertThat(module.version().getArtifactId()).isEqualTo("symposia-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }
}
