package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.institution.Institution;
import java.io.IOException;
import java.util.Set;

/** {@link Institution}, an aggregate: as the root of a document it carries the format marker. */
public final class InstitutionCodec {
  private static final String TYPE = "Institution";
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString SHORT_NAMES = new SerializedString("shortNames");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString COUNTRY = new SerializedString("country");
  private static final SerializedString CITY = new SerializedString("city");
  private static final SerializedString PARENT = new SerializedString("parent");
  private static final SerializedString TIES = new SerializedString("ties");
  private static final SerializedString FOCUS_AREAS = new SerializedString("focusAreas");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString ROR = new SerializedString("ror");
  private static final SerializedString ISNI = new SerializedString("isni");
  private static final SerializedString WIKIDATA_ID = new SerializedString("wikidataId");
  private static final int B_FORMAT = 1 << 31;

  private InstitutionCodec() {}

  /**
   * Reads an institution at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the institution; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     institution
   */
  public static Institution read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    boolean root = Reads.isRoot(p);
    Institution.Builder b = Institution.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = Reads.once(p, seen, 1);
          b.id(context.declaration(p, EntityKind.INSTITUTION));
        }
        case "name" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.name(LocalizedTextCodec.read(p));
        }
        case "shortNames" -> {
          seen = Reads.once(p, seen, 1 << 2);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addShortNames(Reads.string(p));
          }
        }
        case "kind" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.kind(Enums.INSTITUTION_KIND.read(p));
        }
        case "country" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.country(Values.COUNTRY_CODE.read(p));
        }
        case "city" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.city(LocalizedTextCodec.read(p));
        }
        case "parent" -> {
          seen = Reads.once(p, seen, 1 << 6);
          b.parent(context.reference(p, EntityKind.INSTITUTION));
        }
        case "ties" -> {
          seen = Reads.once(p, seen, 1 << 7);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addTies(InstitutionTieCodec.read(p, context));
          }
        }
        case "focusAreas" -> {
          seen = Reads.once(p, seen, 1 << 8);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addFocusAreas(LocalizedTextCodec.read(p));
          }
        }
        case "description" -> {
          seen = Reads.once(p, seen, 1 << 9);
          b.description(LocalizedTextCodec.read(p));
        }
        case "ror" -> {
          seen = Reads.once(p, seen, 1 << 10);
          b.ror(Values.ROR_ID.read(p));
        }
        case "isni" -> {
          seen = Reads.once(p, seen, 1 << 11);
          b.isni(Values.ISNI.read(p));
        }
        case "wikidataId" -> {
          seen = Reads.once(p, seen, 1 << 12);
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
    if ((seen & (1 << 3)) == 0) {
      throw Failures.missing(p, "kind");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes an institution.
   *
   * @param institution the institution; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Institution institution, JsonGenerator g) throws IOException {
    Writes.startObject(g, institution);
    Writes.id(g, ID, institution.id());
    Writes.text(g, NAME, institution.name());
    Writes.strings(g, SHORT_NAMES, institution.shortNames());
    Writes.constant(g, KIND, Enums.INSTITUTION_KIND, institution.kind());
    Writes.value(g, COUNTRY, Values.COUNTRY_CODE, institution.country());
    Writes.text(g, CITY, institution.city());
    Writes.id(g, PARENT, institution.parent());
    Writes.list(g, TIES, institution.ties(), InstitutionTieCodec::write);
    Writes.texts(g, FOCUS_AREAS, institution.focusAreas());
    Writes.text(g, DESCRIPTION, institution.description());
    Writes.value(g, ROR, Values.ROR_ID, institution.ror());
    Writes.value(g, ISNI, Values.ISNI, institution.isni());
    Writes.value(g, WIKIDATA_ID, Values.WIKIDATA_ID, institution.wikidataId());
    g.writeEndObject();
  }
}
