package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.UnnamedGroup;
import java.io.IOException;
import java.util.Set;

/** {@link UnnamedGroup}: {@code institutions} are identifiers of institutions of the symposium. */
public final class UnnamedGroupCodec {
  private static final String TYPE = "UnnamedGroup";
  private static final SerializedString COUNT = new SerializedString("count");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString INSTITUTIONS = new SerializedString("institutions");
  private static final SerializedString KIND = new SerializedString("kind");

  private UnnamedGroupCodec() {}

  /**
   * Reads a group at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the group; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid group
   */
  public static UnnamedGroup read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    UnnamedGroup.Builder b = UnnamedGroup.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "count" -> {
          seen = Reads.once(p, seen, 1);
          b.count(CountCodec.read(p, context));
        }
        case "description" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.description(LocalizedTextCodec.read(p));
        }
        case "institutions" -> {
          seen = Reads.once(p, seen, 1 << 2);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addInstitutions(context.reference(p, EntityKind.INSTITUTION));
          }
        }
        case "kind" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.kind(Enums.INSTITUTION_KIND.read(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "count");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a group.
   *
   * @param group the group; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(UnnamedGroup group, JsonGenerator g) throws IOException {
    g.writeStartObject(group);
    g.writeFieldName(COUNT);
    CountCodec.write(group.count(), g);
    Writes.text(g, DESCRIPTION, group.description());
    Writes.ids(g, INSTITUTIONS, group.institutions());
    Writes.constant(g, KIND, Enums.INSTITUTION_KIND, group.kind());
    g.writeEndObject();
  }
}
