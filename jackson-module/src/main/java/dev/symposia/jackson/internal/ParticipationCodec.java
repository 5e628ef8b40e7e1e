package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Participation;
import java.io.IOException;
import java.util.Set;

/** {@link Participation}: exactly one of {@code person} (a speaker's identifier) and {@code group}. */
public final class ParticipationCodec {
  private static final String TYPE = "Participation";
  private static final SerializedString PERSON = new SerializedString("person");
  private static final SerializedString GROUP = new SerializedString("group");
  private static final SerializedString ROLE = new SerializedString("role");
  private static final SerializedString DELIVERY = new SerializedString("delivery");
  private static final SerializedString CONTRIBUTION = new SerializedString("contribution");

  private ParticipationCodec() {}

  /**
   * Reads a participation at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the participation; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     participation
   */
  public static Participation read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Participation.Builder b = Participation.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "person" -> {
          seen = Reads.once(p, seen, 1);
          b.person(context.reference(p, EntityKind.SPEAKER));
        }
        case "group" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.group(UnnamedGroupCodec.read(p, context));
        }
        case "role" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.role(Enums.PARTICIPANT_ROLE.read(p));
        }
        case "delivery" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.delivery(Enums.DELIVERY.read(p));
        }
        case "contribution" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.contribution(LocalizedTextCodec.read(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & (1 << 2)) == 0) {
      throw Failures.missing(p, "role");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a participation.
   *
   * @param participation the participation; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Participation participation, JsonGenerator g) throws IOException {
    g.writeStartObject(participation);
    Writes.id(g, PERSON, participation.person());
    Writes.object(g, GROUP, participation.group(), UnnamedGroupCodec::write);
    Writes.constant(g, ROLE, Enums.PARTICIPANT_ROLE, participation.role());
    Writes.constant(g, DELIVERY, Enums.DELIVERY, participation.delivery());
    Writes.text(g, CONTRIBUTION, participation.contribution());
    g.writeEndObject();
  }
}
