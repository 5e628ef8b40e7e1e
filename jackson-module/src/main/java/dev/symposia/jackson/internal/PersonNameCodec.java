package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.people.PersonName;
import java.io.IOException;
import java.util.Set;

/** {@link PersonName}: {@code language} is a BCP 47 language tag. */
public final class PersonNameCodec {
  private static final String TYPE = "PersonName";
  private static final SerializedString FAMILY_NAME = new SerializedString("familyName");
  private static final SerializedString GIVEN_NAME = new SerializedString("givenName");
  private static final SerializedString ORDER = new SerializedString("order");
  private static final SerializedString AS_WRITTEN = new SerializedString("asWritten");
  private static final SerializedString LANGUAGE = new SerializedString("language");

  private PersonNameCodec() {}

  /**
   * Reads a name at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the name; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid name
   */
  public static PersonName read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    PersonName.Builder b = PersonName.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "familyName" -> {
          seen = Reads.once(p, seen, 1);
          b.familyName(Reads.string(p));
        }
        case "givenName" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.givenName(Reads.string(p));
        }
        case "order" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.order(Enums.NAME_ORDER.read(p));
        }
        case "asWritten" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.asWritten(Reads.string(p));
        }
        case "language" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.language(JdkValues.language(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & (1 << 2)) == 0) {
      throw Failures.missing(p, "order");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a name.
   *
   * @param name the name; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(PersonName name, JsonGenerator g) throws IOException {
    g.writeStartObject(name);
    Writes.string(g, FAMILY_NAME, name.familyName());
    Writes.string(g, GIVEN_NAME, name.givenName());
    Writes.constant(g, ORDER, Enums.NAME_ORDER, name.order());
    Writes.string(g, AS_WRITTEN, name.asWritten());
    if (name.language().isPresent()) {
      g.writeFieldName(LANGUAGE);
      g.writeString(name.language().get().toLanguageTag());
    }
    g.writeEndObject();
  }
}
