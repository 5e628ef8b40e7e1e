package dev.symposia.benchmarks.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ceiling for reading with Jackson: a reader of the records written by hand over {@link JsonParser},
 * with no reflection, no intermediate tree and a switch on each property name. It checks only what it
 * must to build the records: a service's own reader would check no more.
 */
public final class RecordsStreamingReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private RecordsStreamingReader() {}

  /**
   * Reads a document.
   *
   * @param json the document, in UTF-8
   * @return the records
   * @throws IOException if the document cannot be read
   */
  public static Records.Symposium read(InputStream json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return symposium(p);
    }
  }

  private interface Item<T> {
    T read(JsonParser p) throws IOException;
  }

  private static Records.Symposium symposium(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    int format = 0;
    String id = null;
    Records.Text title = null;
    Records.Text shortTitle = null;
    Records.Series series = null;
    Integer edition = null;
    Records.Text theme = null;
    List<Records.Text> topics = null;
    String dates = null;
    String timeZone = null;
    Records.EventStatus status = null;
    Records.AttendanceMode mode = null;
    List<Records.Place> places = null;
    List<Records.Institution> institutions = null;
    List<Records.InstitutionParticipation> roles = null;
    List<Records.Speaker> speakers = null;
    List<Records.Session> sessions = null;
    List<Records.Agreement> agreements = null;
    List<Records.Statistic> statistics = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "symposiaFormat": format = p.getIntValue(); break;
        case "id": id = p.getText(); break;
        case "title": title = text(p); break;
        case "shortTitle": shortTitle = text(p); break;
        case "series": series = series(p); break;
        case "edition": edition = p.getIntValue(); break;
        case "theme": theme = text(p); break;
        case "topics": topics = list(p, RecordsStreamingReader::text); break;
        case "dates": dates = p.getText(); break;
        case "timeZone": timeZone = p.getText(); break;
        case "status": status = constant(p, EVENT_STATUS); break;
        case "mode": mode = constant(p, ATTENDANCE_MODE); break;
        case "places": places = list(p, RecordsStreamingReader::place); break;
        case "institutions": institutions = list(p, RecordsStreamingReader::institution); break;
        case "institutionRoles": roles = list(p, RecordsStreamingReader::role); break;
        case "speakers": speakers = list(p, RecordsStreamingReader::speaker); break;
        case "sessions": sessions = list(p, RecordsStreamingReader::session); break;
        case "agreements": agreements = list(p, RecordsStreamingReader::agreement); break;
        case "statistics": statistics = list(p, RecordsStreamingReader::statistic); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Symposium(format, id, title, shortTitle, series, edition, theme, topics, dates, timeZone,
        status, mode, places, institutions, roles, speakers, sessions, agreements, statistics);
  }

  private static Records.Series series(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Records.Text name = null;
    String shortName = null;
    Integer firstYear = null;
    Records.SeriesFrequency frequency = null;
    Records.Count editionsHeld = null;
    Records.Place usualPlace = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "name": name = text(p); break;
        case "shortName": shortName = p.getText(); break;
        case "firstYear": firstYear = p.getIntValue(); break;
        case "frequency": frequency = constant(p, SERIES_FREQUENCY); break;
        case "editionsHeld": editionsHeld = count(p); break;
        case "usualPlace": usualPlace = place(p); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Series(name, shortName, firstYear, frequency, editionsHeld, usualPlace);
  }

  private static Records.Place place(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String country = null;
    Records.Text region = null;
    Records.Text city = null;
    Records.Text district = null;
    Records.Text venue = null;
    Records.Text building = null;
    Records.Text room = null;
    String institution = null;
    boolean mainVenue = false;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "country": country = p.getText(); break;
        case "region": region = text(p); break;
        case "city": city = text(p); break;
        case "district": district = text(p); break;
        case "venue": venue = text(p); break;
        case "building": building = text(p); break;
        case "room": room = text(p); break;
        case "institution": institution = p.getText(); break;
        case "mainVenue": mainVenue = p.getBooleanValue(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Place(country, region, city, district, venue, building, room, institution, mainVenue);
  }

  private static Records.Institution institution(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    Records.Text name = null;
    List<String> shortNames = null;
    Records.InstitutionKind kind = null;
    String country = null;
    Records.Text city = null;
    String parent = null;
    List<Records.Text> focusAreas = null;
    Records.Text description = null;
    String ror = null;
    String isni = null;
    String wikidataId = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id": id = p.getText(); break;
        case "name": name = text(p); break;
        case "shortNames": shortNames = list(p, JsonParser::getText); break;
        case "kind": kind = constant(p, INSTITUTION_KIND); break;
        case "country": country = p.getText(); break;
        case "city": city = text(p); break;
        case "parent": parent = p.getText(); break;
        case "focusAreas": focusAreas = list(p, RecordsStreamingReader::text); break;
        case "description": description = text(p); break;
        case "ror": ror = p.getText(); break;
        case "isni": isni = p.getText(); break;
        case "wikidataId": wikidataId = p.getText(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Institution(id, name, shortNames, kind, country, city, parent, focusAreas, description, ror,
        isni, wikidataId);
  }

  private static Records.InstitutionParticipation role(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String institution = null;
    Records.InstitutionRole role = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "institution": institution = p.getText(); break;
        case "role": role = constant(p, INSTITUTION_ROLE); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.InstitutionParticipation(institution, role);
  }

  private static Records.Speaker speaker(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    Records.PersonName name = null;
    List<Records.PersonName> otherNames = null;
    List<Records.Honorific> honorifics = null;
    List<Records.Position> positions = null;
    String orcid = null;
    String isni = null;
    String wikidataId = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id": id = p.getText(); break;
        case "name": name = personName(p); break;
        case "otherNames": otherNames = list(p, RecordsStreamingReader::personName); break;
        case "honorifics": honorifics = list(p, q -> constant(q, HONORIFIC)); break;
        case "positions": positions = list(p, RecordsStreamingReader::position); break;
        case "orcid": orcid = p.getText(); break;
        case "isni": isni = p.getText(); break;
        case "wikidataId": wikidataId = p.getText(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Speaker(id, name, otherNames, honorifics, positions, orcid, isni, wikidataId);
  }

  private static Records.PersonName personName(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String familyName = null;
    String givenName = null;
    Records.NameOrder order = null;
    String asWritten = null;
    String language = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "familyName": familyName = p.getText(); break;
        case "givenName": givenName = p.getText(); break;
        case "order": order = constant(p, NAME_ORDER); break;
        case "asWritten": asWritten = p.getText(); break;
        case "language": language = p.getText(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.PersonName(familyName, givenName, order, asWritten, language);
  }

  private static Records.Position position(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Records.Text title = null;
    String institution = null;
    Records.PositionStatus status = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "title": title = text(p); break;
        case "institution": institution = p.getText(); break;
        case "status": status = constant(p, POSITION_STATUS); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Position(title, institution, status);
  }

  private static Records.Session session(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    Records.SessionKind kind = null;
    Records.Text title = null;
    List<Records.Text> topics = null;
    LocalDate date = null;
    String time = null;
    Records.AttendanceMode mode = null;
    List<Records.Place> places = null;
    String partOf = null;
    List<Records.Participation> participants = null;
    List<Records.Statistic> statistics = null;
    Records.Text description = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id": id = p.getText(); break;
        case "kind": kind = constant(p, SESSION_KIND); break;
        case "title": title = text(p); break;
        case "topics": topics = list(p, RecordsStreamingReader::text); break;
        case "date": date = LocalDate.parse(p.getText()); break;
        case "time": time = p.getText(); break;
        case "mode": mode = constant(p, ATTENDANCE_MODE); break;
        case "places": places = list(p, RecordsStreamingReader::place); break;
        case "partOf": partOf = p.getText(); break;
        case "participants": participants = list(p, RecordsStreamingReader::participation); break;
        case "statistics": statistics = list(p, RecordsStreamingReader::statistic); break;
        case "description": description = text(p); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Session(id, kind, title, topics, date, time, mode, places, partOf, participants, statistics,
        description);
  }

  private static Records.Participation participation(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String person = null;
    Records.ParticipantRole role = null;
    Records.Delivery delivery = null;
    Records.Text contribution = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "person": person = p.getText(); break;
        case "role": role = constant(p, PARTICIPANT_ROLE); break;
        case "delivery": delivery = constant(p, DELIVERY); break;
        case "contribution": contribution = text(p); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Participation(person, role, delivery, contribution);
  }

  private static Records.Agreement agreement(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String id = null;
    Records.AgreementKind kind = null;
    Records.Text title = null;
    List<String> parties = null;
    List<Records.Signatory> signatories = null;
    LocalDate signedOn = null;
    String signedAt = null;
    Records.Place place = null;
    List<Records.Text> topics = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id": id = p.getText(); break;
        case "kind": kind = constant(p, AGREEMENT_KIND); break;
        case "title": title = text(p); break;
        case "parties": parties = list(p, JsonParser::getText); break;
        case "signatories": signatories = list(p, RecordsStreamingReader::signatory); break;
        case "signedOn": signedOn = LocalDate.parse(p.getText()); break;
        case "signedAt": signedAt = p.getText(); break;
        case "place": place = place(p); break;
        case "topics": topics = list(p, RecordsStreamingReader::text); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Agreement(id, kind, title, parties, signatories, signedOn, signedAt, place, topics);
  }

  private static Records.Signatory signatory(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String person = null;
    String party = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "person": person = p.getText(); break;
        case "party": party = p.getText(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Signatory(person, party);
  }

  private static Records.Statistic statistic(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Records.Measure measure = null;
    Records.Count count = null;
    Records.SessionKind sessionKind = null;
    Records.AttendanceMode mode = null;
    List<String> countries = null;
    List<Records.InstitutionKind> institutionKinds = null;
    List<Records.Text> topics = null;
    Records.Text description = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "measure": measure = constant(p, MEASURE); break;
        case "count": count = count(p); break;
        case "sessionKind": sessionKind = constant(p, SESSION_KIND); break;
        case "mode": mode = constant(p, ATTENDANCE_MODE); break;
        case "countries": countries = list(p, JsonParser::getText); break;
        case "institutionKinds": institutionKinds = list(p, q -> constant(q, INSTITUTION_KIND)); break;
        case "topics": topics = list(p, RecordsStreamingReader::text); break;
        case "description": description = text(p); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Statistic(measure, count, sessionKind, mode, countries, institutionKinds, topics,
        description);
  }

  private static Records.Count count(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    Records.CountPrecision precision = null;
    Long value = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "precision": precision = constant(p, COUNT_PRECISION); break;
        case "value": value = p.getLongValue(); break;
        default: p.skipChildren(); break;
      }
    }
    return new Records.Count(precision, value);
  }

  private static Records.Text text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Records.Text.of(p.getText());
    }
    expect(p, JsonToken.START_OBJECT);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String tag = p.nextFieldName(); tag != null; tag = p.nextFieldName()) {
      p.nextToken();
      texts.put(tag, p.getText());
    }
    return new Records.Text(texts);
  }

  private static <T> List<T> list(JsonParser p, Item<T> item) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(item.read(p));
    }
    return list;
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new IOException("expected " + token + " but found " + p.currentToken() + " at " + p.currentLocation());
    }
  }

  private static final Map<String, Records.EventStatus> EVENT_STATUS = names(Records.EventStatus.values());
  private static final Map<String, Records.AttendanceMode> ATTENDANCE_MODE = names(Records.AttendanceMode.values());
  private static final Map<String, Records.SeriesFrequency> SERIES_FREQUENCY =
      names(Records.SeriesFrequency.values());
  private static final Map<String, Records.InstitutionKind> INSTITUTION_KIND =
      names(Records.InstitutionKind.values());
  private static final Map<String, Records.InstitutionRole> INSTITUTION_ROLE =
      names(Records.InstitutionRole.values());
  private static final Map<String, Records.Honorific> HONORIFIC = names(Records.Honorific.values());
  private static final Map<String, Records.NameOrder> NAME_ORDER = names(Records.NameOrder.values());
  private static final Map<String, Records.PositionStatus> POSITION_STATUS = names(Records.PositionStatus.values());
  private static final Map<String, Records.SessionKind> SESSION_KIND = names(Records.SessionKind.values());
  private static final Map<String, Records.ParticipantRole> PARTICIPANT_ROLE =
      names(Records.ParticipantRole.values());
  private static final Map<String, Records.Delivery> DELIVERY = names(Records.Delivery.values());
  private static final Map<String, Records.AgreementKind> AGREEMENT_KIND = names(Records.AgreementKind.values());
  private static final Map<String, Records.Measure> MEASURE = names(Records.Measure.values());
  private static final Map<String, Records.CountPrecision> COUNT_PRECISION = names(Records.CountPrecision.values());

  private static <E extends JsonName> Map<String, E> names(E[] constants) {
    Map<String, E> names = new HashMap<>();
    for (E constant : constants) {
      names.put(constant.json(), constant);
    }
    return names;
  }

  private static <E> E constant(JsonParser p, Map<String, E> names) throws IOException {
    E constant = names.get(p.getText());
    if (constant == null) {
      throw new IOException("unknown constant " + p.getText() + " at " + p.currentLocation());
    }
    return constant;
  }
}
