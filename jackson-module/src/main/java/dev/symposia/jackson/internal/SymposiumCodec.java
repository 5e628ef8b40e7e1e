package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Symposium;
import dev.symposia.internal.ProvenReferences;
import java.io.IOException;
import java.util.Set;

/**
 * {@link Symposium}, the main aggregate: as the root of a document it carries the format marker. The
 * references between its parts are resolved while they are read, in the {@link ReadContext}'s table of
 * identifiers; when that proves them all, core is spared resolving them again, and otherwise core's check
 * decides and a dangling reference is reported at its JSON path.
 */
public final class SymposiumCodec {
  private static final String TYPE = "Symposium";
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString SHORT_TITLE = new SerializedString("shortTitle");
  private static final SerializedString SERIES = new SerializedString("series");
  private static final SerializedString EDITION = new SerializedString("edition");
  private static final SerializedString THEME = new SerializedString("theme");
  private static final SerializedString TOPICS = new SerializedString("topics");
  private static final SerializedString DATES = new SerializedString("dates");
  private static final SerializedString TIME_ZONE = new SerializedString("timeZone");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString MODE = new SerializedString("mode");
  private static final SerializedString PLACES = new SerializedString("places");
  private static final SerializedString INSTITUTIONS = new SerializedString("institutions");
  private static final SerializedString INSTITUTION_ROLES = new SerializedString("institutionRoles");
  private static final SerializedString SPEAKERS = new SerializedString("speakers");
  private static final SerializedString SESSIONS = new SerializedString("sessions");
  private static final SerializedString AGREEMENTS = new SerializedString("agreements");
  private static final SerializedString AWARDS = new SerializedString("awards");
  private static final SerializedString STATISTICS = new SerializedString("statistics");
  private static final SerializedString RELATED_EVENTS = new SerializedString("relatedEvents");
  private static final SerializedString SOURCES = new SerializedString("sources");
  private static final int B_FORMAT = 1 << 31;

  private SymposiumCodec() {}

  /**
   * Reads a symposium at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the symposium; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     symposium
   */
  public static Symposium read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    boolean root = Reads.isRoot(p);
    // The context's record of identifiers proves this symposium's references only if it holds nothing else.
    boolean alone = context.hasNoIdentifiers();
    Symposium.Builder b = Symposium.builder();
    int entities = 0;
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = Reads.once(p, seen, 1);
          b.id(context.identifier(p));
        }
        case "title" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.title(LocalizedTextCodec.read(p));
        }
        case "shortTitle" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.shortTitle(LocalizedTextCodec.read(p));
        }
        case "series" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.series(SeriesCodec.read(p, context));
        }
        case "edition" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.edition((int) Reads.wholeNumber(p, 1, Integer.MAX_VALUE));
        }
        case "theme" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.theme(LocalizedTextCodec.read(p));
        }
        case "topics" -> {
          seen = Reads.once(p, seen, 1 << 6);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addTopics(LocalizedTextCodec.read(p));
          }
        }
        case "dates" -> {
          seen = Reads.once(p, seen, 1 << 7);
          b.dates(Values.DATE_SPAN.read(p));
        }
        case "timeZone" -> {
          seen = Reads.once(p, seen, 1 << 8);
          b.timeZone(JdkValues.zone(p));
        }
        case "status" -> {
          seen = Reads.once(p, seen, 1 << 9);
          b.status(Enums.EVENT_STATUS.read(p));
        }
        case "mode" -> {
          seen = Reads.once(p, seen, 1 << 10);
          b.mode(Enums.ATTENDANCE_MODE.read(p));
        }
        case "places" -> {
          seen = Reads.once(p, seen, 1 << 11);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addPlaces(PlaceCodec.read(p, context));
          }
        }
        case "institutions" -> {
          seen = Reads.once(p, seen, 1 << 12);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addInstitutions(InstitutionCodec.read(p, context));
            entities++;
          }
        }
        case "institutionRoles" -> {
          seen = Reads.once(p, seen, 1 << 13);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addInstitutionRoles(InstitutionParticipationCodec.read(p, context));
          }
        }
        case "speakers" -> {
          seen = Reads.once(p, seen, 1 << 14);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addSpeakers(SpeakerCodec.read(p, context));
            entities++;
          }
        }
        case "sessions" -> {
          seen = Reads.once(p, seen, 1 << 15);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addSessions(SessionCodec.read(p, context));
            entities++;
          }
        }
        case "agreements" -> {
          seen = Reads.once(p, seen, 1 << 16);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addAgreements(CooperationAgreementCodec.read(p, context));
            entities++;
          }
        }
        case "awards" -> {
          seen = Reads.once(p, seen, 1 << 17);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addAwards(AwardCodec.read(p, context));
          }
        }
        case "statistics" -> {
          seen = Reads.once(p, seen, 1 << 18);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addStatistics(StatisticCodec.read(p, context));
          }
        }
        case "relatedEvents" -> {
          seen = Reads.once(p, seen, 1 << 19);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addRelatedEvents(RelatedEventCodec.read(p, context));
          }
        }
        case "sources" -> {
          seen = Reads.once(p, seen, 1 << 20);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addSources(SourceCodec.read(p, context));
          }
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
      throw Failures.missing(p, "title");
    }
    if ((seen & (1 << 7)) == 0) {
      throw Failures.missing(p, "dates");
    }
    try {
      return alone && context.referencesResolve(entities) ? ProvenReferences.build(b) : b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a symposium.
   *
   * @param symposium the symposium; not null
   * @param g the generator
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} if the time zone has no IANA
   *     name, or if the generator fails
   */
  public static void write(Symposium symposium, JsonGenerator g) throws IOException {
    Writes.startObject(g, symposium);
    Writes.id(g, ID, symposium.id());
    Writes.text(g, TITLE, symposium.title());
    Writes.text(g, SHORT_TITLE, symposium.shortTitle());
    Writes.object(g, SERIES, symposium.series(), SeriesCodec::write);
    if (symposium.edition().isPresent()) {
      g.writeFieldName(EDITION);
      g.writeNumber(symposium.edition().getAsInt());
    }
    Writes.text(g, THEME, symposium.theme());
    Writes.texts(g, TOPICS, symposium.topics());
    g.writeFieldName(DATES);
    Values.DATE_SPAN.write(symposium.dates(), g);
    if (symposium.timeZone().isPresent()) {
      JdkValues.zone(g, TIME_ZONE, symposium.timeZone().get());
    }
    Writes.constant(g, STATUS, Enums.EVENT_STATUS, symposium.status());
    Writes.constant(g, MODE, Enums.ATTENDANCE_MODE, symposium.mode());
    Writes.list(g, PLACES, symposium.places(), PlaceCodec::write);
    Writes.list(g, INSTITUTIONS, symposium.institutions(), InstitutionCodec::write);
    Writes.list(g, INSTITUTION_ROLES, symposium.institutionRoles(), InstitutionParticipationCodec::write);
    Writes.list(g, SPEAKERS, symposium.speakers(), SpeakerCodec::write);
    Writes.list(g, SESSIONS, symposium.sessions(), SessionCodec::write);
    Writes.list(g, AGREEMENTS, symposium.agreements(), CooperationAgreementCodec::write);
    Writes.list(g, AWARDS, symposium.awards(), AwardCodec::write);
    Writes.list(g, STATISTICS, symposium.statistics(), StatisticCodec::write);
    Writes.list(g, RELATED_EVENTS, symposium.relatedEvents(), RelatedEventCodec::write);
    Writes.list(g, SOURCES, symposium.sources(), SourceCodec::write);
    g.writeEndObject();
  }
}
