package dev.symposia.jackson3;

import dev.symposia.jackson3.internal.ReadOptions;
import dev.symposia.jackson3.internal.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that reads and writes every public type of the Symposia model in its canonical JSON
 * form, the same bytes as the Jackson 2 module {@code dev.symposia.jackson.SymposiaModule}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SymposiaModule()).build();
 * Symposium symposium = mapper.readValue(json, Symposium.class);
 * }</pre>
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()}, through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} on the class path and {@code provides} in
 * {@code module-info} on the module path. It does not see, and is not seen by, the Jackson 2 module: both can
 * be on one class path, each registered with its own Jackson's mappers.
 *
 * <p>It covers the aggregates ({@code Symposium}, {@code Session}, {@code Speaker}, {@code Institution},
 * {@code CooperationAgreement}, {@code AgreementRecord}), their parts, the value types (identifiers, country
 * codes, dates, time slots, counts, localized texts) and every enumeration of the model; value types with a
 * string form and enumerations also work as map keys. The JSON form is described in
 * {@code docs/json-format.md} and by the JSON Schema that {@link SymposiaJson#schema()} returns. The form does
 * not depend on the mapper's features, and Jackson 3's defaults that differ from Jackson 2's change nothing in
 * it: property order is the canonical one, not alphabetical ({@code SORT_PROPERTIES_ALPHABETICALLY}), inclusion,
 * enumeration names and the refusal of {@code null}s are fixed, type ids are never written or read even on a
 * mapper with default typing, and unknown properties are ignored or refused according to the module's mode alone
 * (not {@code FAIL_ON_UNKNOWN_PROPERTIES}). Layout (indentation) and what may follow the root value
 * ({@code FAIL_ON_TRAILING_TOKENS}) are the mapper's business; {@link SymposiaJson} fixes both.
 *
 * <p>An aggregate at the root of a document carries {@code "symposiaFormat": 1} as its first property, and
 * reading one at the root requires it. The limits on nesting, string and number lengths are those of the
 * mapper's {@code JsonFactory} (Jackson 3's defaults are looser than Jackson 2's); {@link SymposiaJson} sets
 * stricter ones.
 *
 * <p>Every refusal is a {@link SymposiaJsonException} naming the JSON path and the rule.
 *
 * <p>For documents from untrusted sources, read through {@link SymposiaJson} or a mapper from
 * {@link SymposiaJson#mapper()}: their parsers have tables of property names of their own. A mapper you build
 * yourself shares one such table between all its parsers, as Jackson does by default, and a document of
 * property names chosen to collide can leave it refusing every later document read from bytes.
 *
 * <p>Two modules of different modes can be registered with one mapper (they have different
 * {@linkplain #getRegistrationId() registration ids}); the one registered last wins.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SymposiaModule extends JacksonModule {
  private static final Version VERSION = version(SymposiaModule.class);

  private final ReadOptions options;

  /**
   * Creates a module in standard mode, which ignores unknown properties so that documents written by newer
   * versions can be read. This is the module that {@code findAndAddModules()} finds.
   */
  public SymposiaModule() {
    this(ReadOptions.STANDARD);
  }

  private SymposiaModule(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns a module in standard mode: unknown properties are ignored.
   *
   * @return the module; never null
   */
  public static SymposiaModule standard() {
    return new SymposiaModule(ReadOptions.STANDARD);
  }

  /**
   * Returns a module in strict mode: a property that the type does not have is refused, such as
   * {@code sessions[0].colour: is not a property of Session}.
   *
   * @return the module; never null
   */
  public static SymposiaModule strict() {
    return new SymposiaModule(ReadOptions.STRICT);
  }

  /**
   * Returns whether this module refuses unknown properties.
   *
   * @return true in strict mode
   */
  public boolean isStrict() {
    return options.isStrict();
  }

  /**
   * Returns the module's name.
   *
   * @return {@code "SymposiaModule"}
   */
  @Override
  public String getModuleName() {
    return "SymposiaModule";
  }

  /**
   * Returns an identity that differs between the two modes, so that a strict module registered after a
   * standard one (or the other way round) is not dropped as a duplicate.
   *
   * @return the class name, followed by {@code :strict} in strict mode
   */
  @Override
  public Object getRegistrationId() {
    return options.isStrict() ? SymposiaModule.class.getName() + ":strict" : SymposiaModule.class.getName();
  }

  /**
   * Returns the version of the library.
   *
   * @return the version; never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers the serialisers and deserialisers of the model with a mapper.
   *
   * @param context the mapper's set-up; not null
   */
  @Override
  public void setupModule(SetupContext context) {
    Registry.setUp(context, options);
  }

  private static Version version(Class<?> type) {
    Properties properties = new Properties();
    try (InputStream in = type.getResourceAsStream("module.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
