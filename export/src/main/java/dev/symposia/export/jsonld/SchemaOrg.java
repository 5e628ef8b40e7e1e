package dev.symposia.export.jsonld;

import dev.symposia.InvalidModelException;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.export.internal.JsonWriter;
import dev.symposia.export.internal.Names;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A symposium as schema.org JSON-LD, for event web pages and search engines:
 *
 * <pre>{@code
 * String jsonLd = SchemaOrg.jsonLd(symposium);   // put it in <script type="application/ld+json">
 * }</pre>
 *
 * <p>The document is one {@code Event} with the context {@code https://schema.org}: {@code name},
 * {@code alternateName} (short title), {@code description} (theme), {@code keywords} (topics),
 * {@code startDate}/{@code endDate} (ISO 8601 as the record states them: {@code 2022-11-22}, or {@code 2022-11}
 * for a month), {@code eventStatus}, {@code eventAttendanceMode}, {@code location} ({@code Place} with a
 * {@code PostalAddress}), {@code previousStartDate} for each earlier plan with dates, {@code superEvent} for the
 * series ({@code EventSeries}) and for an event it is part of, {@code subEvent} for each session and for
 * component events; institutions by role as {@code organizer} (host, co-host, organiser), {@code funder}
 * (sponsor, co-sponsor: schema.org's funder is who "sponsors something through some kind of financial
 * contribution"), {@code sponsor} (supporter, and every company that gave commercial support other than an
 * exhibit: schema.org's example of a sponsor is "a corporate sponsor of an event") and {@code attendee}
 * (participant); {@code performer} for every
 * speaker who speaks, chairs, moderates or discusses in a session. Sessions carry their own times (with the
 * UTC offset when the symposium has a time zone), status, mode, places, {@code performer} and
 * {@code attendee}, {@code sponsor} for their own commercial support (a satellite symposium's sponsor),
 * {@code workFeatured} for the abstracts and posters presented ({@code ScholarlyArticle} with its number and DOI as
 * {@code identifier}s, the DOI's URL in {@code sameAs}, {@code citation} and {@code author}) and for slides and
 * poster files ({@code PresentationDigitalDocument}, {@code DigitalDocument}), and {@code recordedIn} for
 * recordings; a recurring session has an {@code eventSchedule} ({@code Schedule}: {@code repeatFrequency},
 * {@code byDay}, {@code byMonthWeek}, {@code byMonthDay}, {@code repeatCount}, {@code startDate}, {@code endDate},
 * {@code startTime}, {@code endTime}, {@code scheduleTimezone}, {@code exceptDate} for its cancelled and moved
 * dates) and a {@code subEvent} for each moved occurrence. People are {@code Person} ({@code name}, {@code givenName}, {@code familyName},
 * {@code honorificPrefix}, {@code jobTitle} and {@code affiliation} from current positions, ORCID as an
 * {@code identifier} {@code PropertyValue}, ORCID, ISNI and Wikidata URIs in {@code sameAs}); institutions are
 * {@code Organization} or a subtype ({@code CollegeOrUniversity}, {@code Hospital}, {@code GovernmentOrganization},
 * {@code ResearchOrganization}, {@code Corporation}, {@code EducationalOrganization}), with
 * {@code parentOrganization} and ROR, ISNI and Wikidata URIs in {@code sameAs}. Each person and institution
 * has a blank node identifier ({@code _:wang-chen}) so that their mentions are one node.
 *
 * <p><b>What schema.org cannot say</b>, and is therefore not written: that a list is given only in part
 * (schema.org reads every list as what it is), approximate or lower-bound counts and statistics, unnamed
 * groups' counts (a group is an {@code Organization} or {@code Person} with only a {@code description} in the
 * source's words), the roles of participants beyond performer and attendee, deliveries and contributions,
 * former positions, earlier plans other than their start dates, next and previous editions, agreements, awards
 * and sources; accreditation for continuing medical education and its credits (schema.org's
 * {@code EducationalOccupationalCredential} describes a credential a course awards, not credits an event is
 * accredited for), speakers' disclosures, a rule for the last weekday of a month (schema.org's {@code byMonthWeek} counts
 * from the start of the month only), the kind of commercial support (grant, in-kind, sponsorship) and
 * exhibitors. A text is written in its every language, each with its language tag. Nothing is invented: a
 * session without a title has no {@code name}.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SchemaOrg {
  private static final String SCHEMA = "https://schema.org/";
  private static final Set<ParticipantRole> PERFORMING = EnumSet.of(ParticipantRole.SPEAKER,
      ParticipantRole.KEYNOTE_SPEAKER, ParticipantRole.CHAIR, ParticipantRole.PANELIST, ParticipantRole.MODERATOR,
      ParticipantRole.DISCUSSANT);

  private SchemaOrg() {}

  /**
   * Returns the symposium as a schema.org JSON-LD document.
   *
   * @param symposium the symposium; not null
   * @return the JSON-LD text, an object with {@code "@context": "https://schema.org"}; never null
   * @throws InvalidModelException if {@code symposium} is null
   */
  public static String jsonLd(Symposium symposium) {
    if (symposium == null) {
      throw new InvalidModelException("SchemaOrg", "symposium", "is required");
    }
    return new Writer(symposium).document();
  }

  /** Writes one document; not thread-safe, used once. */
  private static final class Writer {
    private final Symposium symposium;
    private final JsonWriter json = new JsonWriter();
    private final Set<LocalId> path = new HashSet<>();

    Writer(Symposium symposium) {
      this.symposium = symposium;
    }

    String document() {
      json.beginObject().property("@context", "https://schema.org").property("@type", "Event");
      text("name", symposium.title());
      symposium.shortTitle().ifPresent(t -> text("alternateName", t));
      symposium.theme().ifPresent(t -> text("description", t));
      texts("keywords", symposium.topics());
      json.property("startDate", symposium.dates().start().toString());
      json.property("endDate", symposium.dates().end().toString());
      symposium.status().ifPresent(this::status);
      symposium.mode().ifPresent(this::mode);
      places(symposium.places());
      List<String> previous = new ArrayList<>();
      for (EarlierPlan plan : symposium.plannedBefore()) {
        plan.dates().ifPresent(d -> previous.add(d.start().toString()));
      }
      strings("previousStartDate", previous);
      superEvents();
      roles("organizer", EnumSet.of(InstitutionRole.HOST, InstitutionRole.CO_HOST, InstitutionRole.ORGANISER));
      roles("funder", EnumSet.of(InstitutionRole.SPONSOR, InstitutionRole.CO_SPONSOR));
      sponsors(EnumSet.of(InstitutionRole.SUPPORTER), symposium.commercialSupport());
      roles("attendee", EnumSet.of(InstitutionRole.PARTICIPANT));
      Set<LocalId> performers = new LinkedHashSet<>();
      for (Session session : symposium.sessions()) {
        for (Participation participation : session.participants()) {
          if (PERFORMING.contains(participation.role()) && participation.person().isPresent()) {
            performers.add(participation.person().get());
          }
        }
      }
      if (!performers.isEmpty()) {
        json.name("performer").beginArray();
        performers.forEach(this::person);
        json.endArray();
      }
      List<RelatedEvent> components = new ArrayList<>();
      for (RelatedEvent related : symposium.relatedEvents()) {
        if (related.relation() == EventRelation.COMPONENT) {
          components.add(related);
        }
      }
      if (!symposium.sessions().isEmpty() || !components.isEmpty()) {
        json.name("subEvent").beginArray();
        symposium.sessions().forEach(this::session);
        components.forEach(this::relatedEvent);
        json.endArray();
      }
      return json.endObject().toString();
    }

    private void superEvents() {
      List<RelatedEvent> parents = new ArrayList<>();
      for (RelatedEvent related : symposium.relatedEvents()) {
        if (related.relation() == EventRelation.PART_OF) {
          parents.add(related);
        }
      }
      if (symposium.series().isEmpty() && parents.isEmpty()) {
        return;
      }
      json.name("superEvent").beginArray();
      symposium.series().ifPresent(series -> {
        json.beginObject().property("@type", "EventSeries");
        text("name", series.name());
        series.shortName().ifPresent(s -> json.property("alternateName", s));
        json.endObject();
      });
      parents.forEach(this::relatedEvent);
      json.endArray();
    }

    private void relatedEvent(RelatedEvent related) {
      json.beginObject().property("@type", "Event");
      related.title().ifPresent(t -> text("name", t));
      related.dates().ifPresent(d -> {
        json.property("startDate", d.start().toString());
        json.property("endDate", d.end().toString());
      });
      places(related.places());
      json.endObject();
    }

    private void session(Session session) {
      json.beginObject().property("@type", "Event");
      session.title().ifPresent(t -> text("name", t));
      session.description().ifPresent(t -> text("description", t));
      texts("keywords", session.topics());
      Optional<ZonedInterval> interval = symposium.interval(session);
      if (interval.isPresent()) {
        json.property("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(interval.get().start()));
        json.property("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(interval.get().end()));
      } else if (session.date().isPresent()) {
        json.property("startDate", dateTime(session.date().get(), session.time(), symposium.timeZone()));
      }
      session.recurrence().ifPresent(rule -> schedule(session, rule));
      session.status().ifPresent(this::status);
      session.mode().ifPresent(this::mode);
      places(session.places());
      List<String> previous = new ArrayList<>();
      for (EarlierSessionPlan plan : session.plannedBefore()) {
        plan.date().ifPresent(d -> previous.add(dateTime(d, plan.time(), symposium.timeZone())));
      }
      strings("previousStartDate", previous);
      participants("performer", session, true);
      participants("attendee", session, false);
      sponsors(EnumSet.noneOf(InstitutionRole.class), session.commercialSupport());
      works(session);
      session.partOf().flatMap(symposium::session).ifPresent(parent -> {
        json.name("superEvent").beginObject().property("@type", "Event");
        parent.title().ifPresent(t -> text("name", t));
        json.endObject();
      });
      json.endObject();
    }

    // schema.org's Schedule says a rule as iCalendar does: its frequency as an ISO 8601 period, days, the week
    // of the month (1 to 5: a rule for the last weekday of a month has none, so none is written), the day of the
    // month, the count and the last date, and the dates taken out of it. A moved occurrence is taken out and
    // written as a sub-event at its new date.
    private void schedule(Session session, Recurrence rule) {
      if (rule.weekOfMonth().isPresent() && rule.weekOfMonth().getAsInt() < 0) {
        return;
      }
      json.name("eventSchedule").beginObject().property("@type", "Schedule");
      String unit = rule.frequency() == RecurrenceFrequency.DAILY ? "D"
          : rule.frequency() == RecurrenceFrequency.WEEKLY ? "W" : "M";
      json.property("repeatFrequency", "P" + rule.interval() + unit);
      List<String> days = new ArrayList<>();
      rule.days().forEach(d -> days.add(SCHEMA + d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
      strings("byDay", days);
      rule.weekOfMonth().ifPresent(w -> json.name("byMonthWeek").number(w));
      rule.dayOfMonth().ifPresent(d -> json.name("byMonthDay").number(d));
      rule.count().ifPresent(c -> json.name("repeatCount").number(c));
      session.date().ifPresent(d -> json.property("startDate", d.toString()));
      rule.until().ifPresent(u -> json.property("endDate", u.toString()));
      session.time().flatMap(TimeSlot::start).ifPresent(t -> json.property("startTime", t.toString()));
      session.time().flatMap(TimeSlot::end).ifPresent(t -> json.property("endTime", t.toString()));
      symposium.timeZone().ifPresent(z -> json.property("scheduleTimezone", z.getId()));
      List<String> except = new ArrayList<>();
      rule.changes().forEach(c -> except.add(c.occurrence().toString()));
      strings("exceptDate", except);
      json.endObject();
      List<Occurrence> moved = new ArrayList<>();
      for (Occurrence occurrence : symposium.occurrences(session)) {
        if (occurrence.isChanged()) {
          moved.add(occurrence);
        }
      }
      if (!moved.isEmpty()) {
        json.name("subEvent").beginArray();
        for (Occurrence occurrence : moved) {
          json.beginObject().property("@type", "Event");
          session.title().ifPresent(t -> text("name", t));
          if (occurrence.interval().isPresent()) {
            json.property("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurrence.interval().get().start()));
            json.property("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurrence.interval().get().end()));
          } else {
            json.property("startDate", occurrence.date().toString());
          }
          json.endObject();
        }
        json.endArray();
      }
    }

    /** A start as precise as the record: a date, or a date and time, with the offset when the zone gives it. */
    private String dateTime(PartialDate date, Optional<TimeSlot> time, Optional<ZoneId> zone) {
      Optional<LocalDate> day = date.toLocalDate();
      if (day.isEmpty() || time.flatMap(TimeSlot::start).isEmpty()) {
        return date.toString();
      }
      if (zone.isPresent()) {
        try {
          return time.get().startAt(day.get(), zone.get()).map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
              .orElse(date.toString());
        } catch (InvalidModelException notInTheZone) {
          // An earlier plan's time is not checked against the zone; one the zone skips is written as the clock read.
          return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(day.get().atTime(time.get().start().get()));
        }
      }
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(day.get().atTime(time.get().start().get()));
    }

    private void participants(String property, Session session, boolean performing) {
      List<Participation> chosen = new ArrayList<>();
      for (Participation participation : session.participants()) {
        if (PERFORMING.contains(participation.role()) == performing) {
          chosen.add(participation);
        }
      }
      if (chosen.isEmpty()) {
        return;
      }
      json.name(property).beginArray();
      for (Participation participation : chosen) {
        if (participation.person().isPresent()) {
          person(participation.person().get());
        } else {
          group("Person", participation.group().orElseThrow());
        }
      }
      json.endArray();
    }

    // schema.org's sponsor "supports a thing through a pledge, promise, or financial contribution", such as "a
    // corporate sponsor of an event": supporters among the institutions' roles, and every company that gave
    // commercial support but an exhibitor, for which schema.org has no property of an event.
    private void sponsors(Set<InstitutionRole> roles, List<CommercialSupport> support) {
      Set<LocalId> companies = new LinkedHashSet<>();
      for (CommercialSupport given : support) {
        if (given.kind() != SupportKind.EXHIBITOR) {
          companies.add(given.company());
        }
      }
      List<InstitutionParticipation> chosen = new ArrayList<>();
      for (InstitutionParticipation participation : symposium.institutionRoles()) {
        if (roles.contains(participation.role()) && !participation.institution().filter(companies::contains).isPresent()) {
          chosen.add(participation);
        }
      }
      if (chosen.isEmpty() && companies.isEmpty()) {
        return;
      }
      json.name("sponsor").beginArray();
      for (InstitutionParticipation participation : chosen) {
        if (participation.institution().isPresent()) {
          organization(participation.institution().get());
        } else {
          group("Organization", participation.group().orElseThrow());
        }
      }
      companies.forEach(this::organization);
      json.endArray();
    }

    // The abstracts and posters presented, their participants' too, as the works the session features
    // (ScholarlyArticle), with slides and poster files; recordings as what the session was recorded in.
    private void works(Session session) {
      List<Abstract> abstracts = new ArrayList<>(session.abstracts());
      List<Material> materials = new ArrayList<>(session.materials());
      for (Participation participation : session.participants()) {
        participation.presentedAbstract().filter(a -> !abstracts.contains(a)).ifPresent(abstracts::add);
        materials.addAll(participation.materials());
      }
      List<Material> recordings = new ArrayList<>();
      List<Material> documents = new ArrayList<>();
      for (Material material : materials) {
        (material.kind() == MaterialKind.RECORDING ? recordings : documents).add(material);
      }
      if (!abstracts.isEmpty() || !documents.isEmpty()) {
        json.name("workFeatured").beginArray();
        for (Abstract presented : abstracts) {
          json.beginObject().property("@type", "ScholarlyArticle");
          presented.title().ifPresent(t -> text("name", t));
          List<String[]> identifiers = new ArrayList<>();
          presented.number().ifPresent(n -> identifiers.add(new String[] {"abstract number", n}));
          presented.doi().ifPresent(d -> identifiers.add(new String[] {"doi", d.value()}));
          if (!identifiers.isEmpty()) {
            json.name("identifier").beginArray();
            identifiers.forEach(i -> json.beginObject().property("@type", "PropertyValue").property("propertyID", i[0])
                .property("value", i[1]).endObject());
            json.endArray();
          }
          presented.doi().ifPresent(d -> json.property("sameAs", d.uri().toString()));
          presented.citation().ifPresent(c -> text("citation", c));
          if (!presented.authors().isEmpty()) {
            json.name("author").beginArray();
            presented.authors().forEach(this::person);
            json.endArray();
          }
          json.endObject();
        }
        documents.forEach(this::material);
        json.endArray();
      }
      if (!recordings.isEmpty()) {
        json.name("recordedIn").beginArray();
        recordings.forEach(this::material);
        json.endArray();
      }
    }

    private void material(Material material) {
      json.beginObject().property("@type", material.kind() == MaterialKind.SLIDES ? "PresentationDigitalDocument"
          : material.kind() == MaterialKind.RECORDING ? "CreativeWork" : "DigitalDocument");
      material.title().ifPresent(t -> text("name", t));
      material.url().ifPresent(u -> json.property("url", u.toString()));
      material.doi().ifPresent(d -> json.property("sameAs", d.uri().toString()));
      json.endObject();
    }

    private void roles(String property, Set<InstitutionRole> roles) {
      List<InstitutionParticipation> chosen = new ArrayList<>();
      for (InstitutionParticipation participation : symposium.institutionRoles()) {
        if (roles.contains(participation.role())) {
          chosen.add(participation);
        }
      }
      if (chosen.isEmpty()) {
        return;
      }
      json.name(property).beginArray();
      for (InstitutionParticipation participation : chosen) {
        if (participation.institution().isPresent()) {
          organization(participation.institution().get());
        } else {
          group("Organization", participation.group().orElseThrow());
        }
      }
      json.endArray();
    }

    private void group(String type, UnnamedGroup group) {
      json.beginObject().property("@type", type);
      List<String> words = new ArrayList<>();
      if (group.count().precision() != CountPrecision.UNKNOWN) {
        words.add(group.count().toString());
      }
      words.add(group.description().map(LocalizedText::text).orElse("unnamed"));
      json.property("description", String.join(" ", words));
      if (!group.institutions().isEmpty()) {
        json.name("memberOf").beginArray();
        group.institutions().forEach(this::organization);
        json.endArray();
      }
      json.endObject();
    }

    private void person(LocalId id) {
      Speaker speaker = symposium.speaker(id).orElseThrow();
      json.beginObject().property("@id", "_:" + id.value()).property("@type", "Person");
      // A person the source does not name has no name here either, only the description it gives.
      speaker.name().ifPresent(name -> json.property("name", name.displayName()));
      // A part the record marks as inferred (a frab name, one string, stands in for the given name) is not one
      // the source states, so only the name is written.
      speaker.name().flatMap(n -> n.givenName()).filter(n -> !speaker.isInferred("name.givenName"))
          .ifPresent(n -> json.property("givenName", n));
      speaker.name().flatMap(n -> n.familyName()).filter(n -> !speaker.isInferred("name.familyName"))
          .ifPresent(n -> json.property("familyName", n));
      speaker.description().ifPresent(d -> text("description", d));
      List<String> honorifics = new ArrayList<>();
      for (Honorific honorific : speaker.honorifics()) {
        honorifics.add(honorific.abbreviation());
      }
      strings("honorificPrefix", honorifics);
      List<LocalizedText> titles = new ArrayList<>();
      Set<LocalId> affiliations = new LinkedHashSet<>();
      for (Position position : speaker.positions()) {
        if (position.status() == PositionStatus.CURRENT) {
          position.title().ifPresent(titles::add);
          position.institution().ifPresent(affiliations::add);
        }
      }
      texts("jobTitle", titles);
      if (!affiliations.isEmpty()) {
        json.name("affiliation").beginArray();
        affiliations.forEach(this::organization);
        json.endArray();
      }
      speaker.orcid().ifPresent(orcid -> json.name("identifier").beginObject().property("@type", "PropertyValue")
          .property("propertyID", "ORCID").property("value", orcid.value()).endObject());
      List<String> same = new ArrayList<>();
      speaker.orcid().ifPresent(o -> same.add(o.uri().toString()));
      speaker.isni().ifPresent(o -> same.add(o.uri().toString()));
      speaker.wikidataId().ifPresent(o -> same.add(o.uri().toString()));
      strings("sameAs", same);
      json.endObject();
    }

    private void organization(LocalId id) {
      Institution institution = symposium.institution(id).orElseThrow();
      json.beginObject().property("@id", "_:" + id.value());
      if (!path.add(id)) {
        // A cycle of parents (which the validation module reports): the node is already being written.
        json.endObject();
        return;
      }
      json.property("@type", type(institution.kind()));
      institution.name().ifPresent(name -> text("name", name));
      institution.description().ifPresent(d -> text("description", d));
      strings("alternateName", institution.shortNames());
      if (institution.country().isPresent() || institution.city().isPresent()) {
        json.name("address").beginObject().property("@type", "PostalAddress");
        institution.city().ifPresent(c -> text("addressLocality", c));
        institution.country().ifPresent(c -> json.property("addressCountry", c.value()));
        json.endObject();
      }
      List<String> same = new ArrayList<>();
      institution.ror().ifPresent(o -> same.add(o.uri().toString()));
      institution.isni().ifPresent(o -> same.add(o.uri().toString()));
      institution.wikidataId().ifPresent(o -> same.add(o.uri().toString()));
      strings("sameAs", same);
      if (institution.parent().isPresent()) {
        json.name("parentOrganization");
        organization(institution.parent().get());
      }
      path.remove(id);
      json.endObject();
    }

    private void places(List<Place> places) {
      if (places.isEmpty()) {
        return;
      }
      json.name("location").beginArray();
      for (Place place : places) {
        json.beginObject().property("@type", "Place");
        List<String> name = new ArrayList<>();
        place.room().ifPresent(p -> name.add(p.text()));
        place.building().ifPresent(p -> name.add(p.text()));
        place.venue().ifPresent(p -> name.add(p.text()));
        place.institution().flatMap(symposium::institution).ifPresent(i -> name.add(Names.institution(i)));
        if (!name.isEmpty()) {
          json.property("name", String.join(", ", name));
        }
        if (place.country().isPresent() || place.city().isPresent() || place.region().isPresent()
            || place.district().isPresent()) {
          json.name("address").beginObject().property("@type", "PostalAddress");
          List<String> locality = new ArrayList<>();
          place.district().ifPresent(d -> locality.add(d.text()));
          place.city().ifPresent(c -> locality.add(c.text()));
          if (!locality.isEmpty()) {
            json.property("addressLocality", String.join(", ", locality));
          }
          place.region().ifPresent(r -> text("addressRegion", r));
          place.country().ifPresent(c -> json.property("addressCountry", c.value()));
          json.endObject();
        }
        json.endObject();
      }
      json.endArray();
    }

    private void status(EventStatus status) {
      String value;
      switch (status) {
        case POSTPONED:
          value = "EventPostponed";
          break;
        case RESCHEDULED:
          value = "EventRescheduled";
          break;
        case MOVED_ONLINE:
          value = "EventMovedOnline";
          break;
        case CANCELLED:
          value = "EventCancelled";
          break;
        default:
          // Held: schema.org's EventScheduled is an event "taking place or has taken place" as scheduled.
          value = "EventScheduled";
      }
      json.name("eventStatus").beginObject().property("@id", SCHEMA + value).endObject();
    }

    private void mode(AttendanceMode mode) {
      String value = mode == AttendanceMode.IN_PERSON ? "OfflineEventAttendanceMode"
          : mode == AttendanceMode.ONLINE ? "OnlineEventAttendanceMode" : "MixedEventAttendanceMode";
      json.name("eventAttendanceMode").beginObject().property("@id", SCHEMA + value).endObject();
    }

    private void strings(String property, List<String> values) {
      if (values.size() == 1) {
        json.property(property, values.get(0));
      } else if (!values.isEmpty()) {
        json.name(property).beginArray();
        values.forEach(json::string);
        json.endArray();
      }
    }

    private void texts(String property, List<LocalizedText> values) {
      if (values.isEmpty()) {
        return;
      }
      json.name(property).beginArray();
      values.forEach(this::textValues);
      json.endArray();
    }

    private void text(String property, LocalizedText text) {
      if (text.languages().size() <= 1) {
        json.name(property);
        textValues(text);
      } else {
        json.name(property).beginArray();
        textValues(text);
        json.endArray();
      }
    }

    /** Every language of a text: a plain string when it has no language, else value objects. */
    private void textValues(LocalizedText text) {
      for (Map.Entry<Locale, String> entry : text.asMap().entrySet()) {
        String tag = entry.getKey().toLanguageTag();
        if (tag.equals("und")) {
          json.string(entry.getValue());
        } else {
          json.beginObject().property("@value", entry.getValue()).property("@language", tag).endObject();
        }
      }
    }
  }

  private static String type(InstitutionKind kind) {
    switch (kind) {
      case UNIVERSITY:
        return "CollegeOrUniversity";
      case SCHOOL:
        return "EducationalOrganization";
      case HOSPITAL:
        return "Hospital";
      case GOVERNMENT_BODY:
        return "GovernmentOrganization";
      case RESEARCH_CENTRE:
        return "ResearchOrganization";
      case COMPANY:
        return "Corporation";
      default:
        return "Organization";
    }
  }
}
