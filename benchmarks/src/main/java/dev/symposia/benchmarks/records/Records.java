package dev.symposia.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the same data as the model, as the plain Java records a service would write for itself.
 *
 * <p>The records read and write the canonical JSON document of the model: property names and order are
 * those of the canonical form, a text is a string in English or an object of texts by language tag, and
 * constants are written in lower case. Lists are never null (an absent list is an empty one); absent
 * values are null. They hold the attributes of the synthetic programmes (awards, related events, sources,
 * unnamed groups and institution ties are left out, since the programmes have none).
 */
public final class Records {
  private Records() {}

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * A text in one or more languages: a JSON string for English alone, otherwise an object of texts by
   * language tag.
   *
   * @param texts the texts by language tag, the primary first
   */
  public record Text(Map<String, String> texts) {
    /**
     * Returns an English text.
     *
     * @param text the text
     * @return the text
     */
    public static Text of(String text) {
      return new Text(Map.of("en", text));
    }

    /**
     * Reads the JSON form: a string or an object of strings.
     *
     * @param json the string, or the map of texts by language tag
     * @return the text
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    @SuppressWarnings("unchecked")
    public static Text fromJson(Object json) {
      if (json instanceof String) {
        return of((String) json);
      }
      return new Text(new LinkedHashMap<>((Map<String, String>) json));
    }

    /**
     * Returns the JSON form.
     *
     * @return the string for a text in English alone, otherwise the map
     */
    @JsonValue
    public Object toJson() {
      return isEnglishOnly() ? texts.get("en") : texts;
    }

    /**
     * Tells whether the text is in English only.
     *
     * @return true if the only language is {@code en}
     */
    public boolean isEnglishOnly() {
      return texts.size() == 1 && texts.containsKey("en");
    }
  }

  /** A whole programme, the root of the document. */
  public record Symposium(int symposiaFormat, String id, Text title, Text shortTitle, Series series,
      Integer edition, Text theme, List<Text> topics, String dates, String timeZone, EventStatus status,
      AttendanceMode mode, List<Place> places, List<Institution> institutions,
      List<InstitutionParticipation> institutionRoles, List<Speaker> speakers, List<Session> sessions,
      List<Agreement> agreements, List<Statistic> statistics) {
    /** Replaces absent lists with empty ones. */
    public Symposium {
      topics = list(topics);
      places = list(places);
      institutions = list(institutions);
      institutionRoles = list(institutionRoles);
      speakers = list(speakers);
      sessions = list(sessions);
      agreements = list(agreements);
      statistics = list(statistics);
    }
  }

  /** The series an event belongs to. */
  public record Series(Text name, String shortName, Integer firstYear, SeriesFrequency frequency,
      Count editionsHeld, Place usualPlace) {}

  /** A place, from a country down to a room. */
  public record Place(String country, Text region, Text city, Text district, Text venue, Text building,
      Text room, String institution, boolean mainVenue) {}

  /** An institution. */
  public record Institution(String id, Text name, List<String> shortNames, InstitutionKind kind,
      String country, Text city, String parent, List<Text> focusAreas, Text description, String ror,
      String isni, String wikidataId) {
    /** Replaces absent lists with empty ones. */
    public Institution {
      shortNames = list(shortNames);
      focusAreas = list(focusAreas);
    }
  }

  /** The role an institution plays. */
  public record InstitutionParticipation(String institution, InstitutionRole role) {}

  /** A person. */
  public record Speaker(String id, PersonName name, List<PersonName> otherNames, List<Honorific> honorifics,
      List<Position> positions, String orcid, String isni, String wikidataId) {
    /** Replaces absent lists with empty ones. */
    public Speaker {
      otherNames = list(otherNames);
      honorifics = list(honorifics);
      positions = list(positions);
    }
  }

  /** A person's name. */
  public record PersonName(String familyName, String givenName, NameOrder order, String asWritten,
      String language) {}

  /** A position at an institution. */
  public record Position(Text title, String institution, PositionStatus status) {}

  /** One session of the programme. */
  public record Session(String id, SessionKind kind, Text title, List<Text> topics, LocalDate date,
      String time, AttendanceMode mode, List<Place> places, String partOf, List<Participation> participants,
      List<Statistic> statistics, Text description) {
    /** Replaces absent lists with empty ones. */
    public Session {
      topics = list(topics);
      places = list(places);
      participants = list(participants);
      statistics = list(statistics);
    }
  }

  /** A person's part in a session. */
  public record Participation(String person, ParticipantRole role, Delivery delivery, Text contribution) {}

  /** A cooperation agreement. */
  public record Agreement(String id, AgreementKind kind, Text title, List<String> parties,
      List<Signatory> signatories, LocalDate signedOn, String signedAt, Place place, List<Text> topics) {
    /** Replaces absent lists with empty ones. */
    public Agreement {
      parties = list(parties);
      signatories = list(signatories);
      topics = list(topics);
    }
  }

  /** A signatory of an agreement. */
  public record Signatory(String person, String party) {}

  /** A stated figure. */
  public record Statistic(Measure measure, Count count, SessionKind sessionKind, AttendanceMode mode,
      List<String> countries, List<InstitutionKind> institutionKinds, List<Text> topics, Text description) {
    /** Replaces absent lists with empty ones. */
    public Statistic {
      countries = list(countries);
      institutionKinds = list(institutionKinds);
      topics = list(topics);
    }
  }

  /** A count, exact or not. */
  public record Count(CountPrecision precision, @JsonInclude(JsonInclude.Include.NON_NULL) Long value) {}

  /** EventStatus, written in lower case. */
  public enum EventStatus implements JsonName {
    SCHEDULED("scheduled"),
    HELD("held"),
    POSTPONED("postponed"),
    RESCHEDULED("rescheduled"),
    MOVED_ONLINE("moved_online"),
    CANCELLED("cancelled");

    @JsonValue private final String json;

    EventStatus(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** AttendanceMode, written in lower case. */
  public enum AttendanceMode implements JsonName {
    IN_PERSON("in_person"),
    ONLINE("online"),
    HYBRID("hybrid");

    @JsonValue private final String json;

    AttendanceMode(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** SeriesFrequency, written in lower case. */
  public enum SeriesFrequency implements JsonName {
    ANNUAL("annual"),
    BIENNIAL("biennial"),
    IRREGULAR("irregular");

    @JsonValue private final String json;

    SeriesFrequency(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** InstitutionKind, written in lower case. */
  public enum InstitutionKind implements JsonName {
    UNIVERSITY("university"),
    SCHOOL("school"),
    DEPARTMENT("department"),
    HOSPITAL("hospital"),
    ACADEMY("academy"),
    LEARNED_SOCIETY("learned_society"),
    GOVERNMENT_BODY("government_body"),
    PARTY_BODY("party_body"),
    FOUNDATION("foundation"),
    RESEARCH_CENTRE("research_centre"),
    COMPANY("company"),
    COMMITTEE("committee"),
    OTHER("other");

    @JsonValue private final String json;

    InstitutionKind(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** InstitutionRole, written in lower case. */
  public enum InstitutionRole implements JsonName {
    HOST("host"),
    CO_HOST("co_host"),
    ORGANISER("organiser"),
    SPONSOR("sponsor"),
    CO_SPONSOR("co_sponsor"),
    SUPPORTER("supporter"),
    PARTICIPANT("participant");

    @JsonValue private final String json;

    InstitutionRole(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** NameOrder, written in lower case. */
  public enum NameOrder implements JsonName {
    FAMILY_FIRST("family_first"),
    GIVEN_FIRST("given_first");

    @JsonValue private final String json;

    NameOrder(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** Honorific, written in lower case. */
  public enum Honorific implements JsonName {
    PROFESSOR("professor"),
    ACADEMICIAN("academician"),
    DOCTOR("doctor");

    @JsonValue private final String json;

    Honorific(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** PositionStatus, written in lower case. */
  public enum PositionStatus implements JsonName {
    CURRENT("current"),
    FORMER("former");

    @JsonValue private final String json;

    PositionStatus(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** SessionKind, written in lower case. */
  public enum SessionKind implements JsonName {
    FORUM("forum"),
    SUB_FORUM("sub_forum"),
    PLENARY("plenary"),
    KEYNOTE("keynote"),
    PARALLEL("parallel"),
    PANEL("panel"),
    DIALOGUE("dialogue"),
    ROADSHOW("roadshow"),
    ORAL_ABSTRACTS("oral_abstracts"),
    WORKSHOP("workshop"),
    OPENING_CEREMONY("opening_ceremony"),
    CLOSING_CEREMONY("closing_ceremony"),
    SIGNING_CEREMONY("signing_ceremony"),
    APPOINTMENT_CEREMONY("appointment_ceremony"),
    AWARD_CEREMONY("award_ceremony"),
    INAUGURATION_CEREMONY("inauguration_ceremony"),
    OTHER("other");

    @JsonValue private final String json;

    SessionKind(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** ParticipantRole, written in lower case. */
  public enum ParticipantRole implements JsonName {
    SPEAKER("speaker"),
    KEYNOTE_SPEAKER("keynote_speaker"),
    CHAIR("chair"),
    PANELIST("panelist"),
    MODERATOR("moderator"),
    DISCUSSANT("discussant"),
    ATTENDEE("attendee"),
    AWARDEE("awardee"),
    APPOINTEE("appointee"),
    SIGNATORY("signatory"),
    UNVEILING_GUEST("unveiling_guest");

    @JsonValue private final String json;

    ParticipantRole(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** Delivery, written in lower case. */
  public enum Delivery implements JsonName {
    IN_PERSON("in_person"),
    VIDEO_MESSAGE("video_message"),
    LIVE_REMOTE("live_remote");

    @JsonValue private final String json;

    Delivery(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** AgreementKind, written in lower case. */
  public enum AgreementKind implements JsonName {
    COOPERATION("cooperation"),
    MEMORANDUM_OF_UNDERSTANDING("memorandum_of_understanding"),
    FRAMEWORK("framework"),
    LETTER_OF_INTENT("letter_of_intent"),
    OTHER("other");

    @JsonValue private final String json;

    AgreementKind(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** Measure, written in lower case. */
  public enum Measure implements JsonName {
    SESSIONS("sessions"),
    PRESENTATIONS("presentations"),
    PARTICIPANTS("participants"),
    SPEAKERS("speakers"),
    EXPERTS("experts"),
    INSTITUTIONS("institutions"),
    COUNTRIES("countries"),
    PROJECTS("projects"),
    ABSTRACTS("abstracts"),
    VISITORS("visitors");

    @JsonValue private final String json;

    Measure(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }

  /** CountPrecision, written in lower case. */
  public enum CountPrecision implements JsonName {
    EXACT("exact"),
    AT_LEAST("at_least"),
    MORE_THAN("more_than"),
    ABOUT("about"),
    SEVERAL("several"),
    UNKNOWN("unknown");

    @JsonValue private final String json;

    CountPrecision(String json) {
      this.json = json;
    }

    @Override
    public String json() {
      return json;
    }
  }
}
