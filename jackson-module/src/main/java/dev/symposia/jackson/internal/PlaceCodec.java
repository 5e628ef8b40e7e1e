package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.place.Place;
import java.io.IOException;
import java.util.Set;

/** {@link Place}: {@code mainVenue} is written only when true. */
public final class PlaceCodec {
  private static final String TYPE = "Place";
  private static final SerializedString COUNTRY = new SerializedString("country");
  private static final SerializedString REGION = new SerializedString("region");
  private static final SerializedString CITY = new SerializedString("city");
  private static final SerializedString DISTRICT = new SerializedString("district");
  private static final SerializedString VENUE = new SerializedString("venue");
  private static final SerializedString BUILDING = new SerializedString("building");
  private static final SerializedString ROOM = new SerializedString("room");
  private static final SerializedString INSTITUTION = new SerializedString("institution");
  private static final SerializedString MAIN_VENUE = new SerializedString("mainVenue");

  private PlaceCodec() {}

  /**
   * Reads a place at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the place; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid place
   */
  public static Place read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Place.Builder b = Place.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "country" -> {
          seen = Reads.once(p, seen, 1);
          b.country(Values.COUNTRY_CODE.read(p));
        }
        case "region" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.region(LocalizedTextCodec.read(p));
        }
        case "city" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.city(LocalizedTextCodec.read(p));
        }
        case "district" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.district(LocalizedTextCodec.read(p));
        }
        case "venue" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.venue(LocalizedTextCodec.read(p));
        }
        case "building" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.building(LocalizedTextCodec.read(p));
        }
        case "room" -> {
          seen = Reads.once(p, seen, 1 << 6);
          b.room(LocalizedTextCodec.read(p));
        }
        case "institution" -> {
          seen = Reads.once(p, seen, 1 << 7);
          b.institution(context.reference(p, EntityKind.INSTITUTION));
        }
        case "mainVenue" -> {
          seen = Reads.once(p, seen, 1 << 8);
          b.isMainVenue(Reads.bool(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a place.
   *
   * @param place the place; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Place place, JsonGenerator g) throws IOException {
    g.writeStartObject(place);
    Writes.value(g, COUNTRY, Values.COUNTRY_CODE, place.country());
    Writes.text(g, REGION, place.region());
    Writes.text(g, CITY, place.city());
    Writes.text(g, DISTRICT, place.district());
    Writes.text(g, VENUE, place.venue());
    Writes.text(g, BUILDING, place.building());
    Writes.text(g, ROOM, place.room());
    Writes.id(g, INSTITUTION, place.institution());
    if (place.isMainVenue()) {
      g.writeFieldName(MAIN_VENUE);
      g.writeBoolean(true);
    }
    g.writeEndObject();
  }
}
