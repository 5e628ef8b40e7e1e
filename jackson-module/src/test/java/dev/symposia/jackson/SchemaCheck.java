package dev.symposia.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/** Validates JSON against the schema shipped in the jar, with a real draft 2020-12 validator. */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(SymposiaJson.SCHEMA_ID, SymposiaJson.schema())));
  private static final Schema ROOT = REGISTRY.getSchema(SchemaLocation.of(SymposiaJson.SCHEMA_ID));

  private SchemaCheck() {}

  /** Returns the errors of a top-level document. */
  static List<Error> document(String json) {
    return ROOT.validate(json, InputFormat.JSON);
  }

  /** Returns the errors of a value against one definition, such as {@code Count}. */
  static List<Error> definition(String name, String json) {
    return REGISTRY.getSchema(SchemaLocation.of(SymposiaJson.SCHEMA_ID + "#/$defs/" + name))
        .validate(json, InputFormat.JSON);
  }
}
