package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.people.Speaker;
import java.io.IOException;
import java.util.Set;

/** {@link Speaker}, an aggregate: as the root of a document it carries the format marker. */
public final class SpeakerCodec {
  private static final String TYPE = "Speaker";
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString OTHER_NAMES = new SerializedString("otherNames");
  private static final SerializedString HONORIFICS = new SerializedString("honorifics");
  private static final SerializedString POSITIONS = new SerializedString("positions");
  private static final SerializedString ORCID = new SerializedString("orcid");
  private static final SerializedString ISNI = new SerializedString("isni");
  private static final SerializedString WIKIDATA_ID = new SerializedString("wikidataId");
  private static final int B_FORMAT = 1 << 31;

  private SpeakerCodec() {}

  /**
   * Reads a speaker at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the speaker; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid speaker
   */
  public static Speaker read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    boolean root = Reads.isRoot(p);
    Speaker.Builder b = Speaker.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = Reads.once(p, seen, 1);
          b.id(context.declaration(p, EntityKind.SPEAKER));
        }
        case "name" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.name(PersonNameCodec.read(p, context));
        }
        case "otherNames" -> {
          seen = Reads.once(p, seen, 1 << 2);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addOtherNames(PersonNameCodec.read(p, context));
          }
        }
        case "honorifics" -> {
          seen = Reads.once(p, seen, 1 << 3);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addHonorifics(Enums.HONORIFIC.read(p));
          }
        }
        case "positions" -> {
          seen = Reads.once(p, seen, 1 << 4);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addPositions(PositionCodec.read(p, context));
          }
        }
        case "orcid" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.orcid(Values.ORCID.read(p));
        }
        case "isni" -> {
          seen = Reads.once(p, seen, 1 << 6);
          b.isni(Values.ISNI.read(p));
        }
        case "wikidataId" -> {
          seen = Reads.once(p, seen, 1 << 7);
          b.wikidataId(Values.WIKIDATA_ID.read(p));
        }
        case Reads.FORMAT_PROPERTY -> {
          if (root) {
            seen = Reads.once(p, seen, B_FORMAT);
            Reads.format(p);
          } else {
            unknown = Reads.unknown(p, context, TYPE, unknown);
          }
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (root && (seen & B_FORMAT) == 0) {
      throw Failures.missing(p, Reads.FORMAT_PROPERTY);
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "id");
    }
    if ((seen & (1 << 1)) == 0) {
      throw Failures.missing(p, "name");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a speaker.
   *
   * @param speaker the speaker; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Speaker speaker, JsonGenerator g) throws IOException {
    Writes.startObject(g, speaker);
    Writes.id(g, ID, speaker.id());
    g.writeFieldName(NAME);
    PersonNameCodec.write(speaker.name(), g);
    Writes.list(g, OTHER_NAMES, speaker.otherNames(), PersonNameCodec::write);
    Writes.constants(g, HONORIFICS, Enums.HONORIFIC, speaker.honorifics());
    Writes.list(g, POSITIONS, speaker.positions(), PositionCodec::write);
    Writes.value(g, ORCID, Values.ORCID, speaker.orcid());
    Writes.value(g, ISNI, Values.ISNI, speaker.isni());
    Writes.value(g, WIKIDATA_ID, Values.WIKIDATA_ID, speaker.wikidataId());
    g.writeEndObject();
  }
}
