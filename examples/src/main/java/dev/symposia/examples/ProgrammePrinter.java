package dev.symposia.examples;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.Delivery;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Measure;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a symposium as a programme a person can read: the event, its dates and places, the institutions
 * and their roles, the sessions in order with their participants, agreements, awards and statistics.
 *
 * <pre>{@code
 * String text = ProgrammePrinter.print(Isctm2022.symposium());
 * }</pre>
 *
 * <p>People and institutions are printed by name, and by their identifier only when the symposium does
 * not describe them. Counts agree with their nouns, and dates are written as in "22–24 November 2022".
 * Nothing is printed that the symposium does not say.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgrammePrinter {
  private static final Map<Measure, String[]> MEASURES = Map.of(
      Measure.SESSIONS, new String[] {"session", "sessions"},
      Measure.PRESENTATIONS, new String[] {"presentation", "presentations"},
      Measure.PARTICIPANTS, new String[] {"participant", "participants"},
      Measure.SPEAKERS, new String[] {"speaker", "speakers"},
      Measure.EXPERTS, new String[] {"expert", "experts"},
      Measure.INSTITUTIONS, new String[] {"institution", "institutions"},
      Measure.COUNTRIES, new String[] {"country", "countries"},
      Measure.PROJECTS, new String[] {"project", "projects"},
      Measure.ABSTRACTS, new String[] {"abstract", "abstracts"},
      Measure.VISITORS, new String[] {"visitor", "visitors"});

  private ProgrammePrinter() {}

  /**
   * Returns the programme of a symposium as plain text, one item a line.
   *
   * @param symposium the symposium; not null
   * @return the programme, ending with a line break; never null
   */
  public static String print(Symposium symposium) {
    StringBuilder out = new StringBuilder();
    out.append(symposium.title().text()).append('\n');
    out.append("=".repeat(Math.min(symposium.title().text().length(), 100))).append('\n');
    header(out, symposium);

    if (!symposium.institutionRoles().isEmpty()) {
      out.append("\nInstitutions\n");
      for (InstitutionParticipation role : symposium.institutionRoles()) {
        out.append("  ").append(pad(English.words(role.role()).replace(' ', '-'), 12))
            .append(role.institution().map(id -> institutionWithCountry(symposium, id))
                .orElseGet(() -> role.group().map(g -> group(symposium, g, "institution", "institutions")).orElse("")))
            .append('\n');
      }
    }

    if (!symposium.participants().isEmpty()) {
      out.append("\nIn no stated session\n");
      for (Participation participation : symposium.participants()) {
        participation(out, "  ", symposium, participation);
      }
    }

    if (!symposium.sessions().isEmpty()) {
      out.append("\nProgramme\n");
      for (Session session : symposium.sessions()) {
        session(out, symposium, session);
      }
    }

    if (!symposium.agreements().isEmpty()) {
      out.append("\nAgreements\n");
      for (CooperationAgreement agreement : symposium.agreements()) {
        agreement(out, symposium, agreement);
      }
    }

    if (!symposium.awards().isEmpty()) {
      out.append("\nAwards\n");
      for (Award award : symposium.awards()) {
        out.append("  ").append(award.name().text()).append('\n');
        award.recipients().forEach(id -> out.append("      awarded to ").append(person(symposium, id)).append('\n'));
        award.unveiledBy().forEach(id -> out.append("      unveiled by ").append(person(symposium, id)).append('\n'));
      }
    }

    if (!symposium.statistics().isEmpty()) {
      out.append("\nStatistics\n");
      for (Statistic statistic : symposium.statistics()) {
        out.append("  ").append(describe(statistic)).append('\n');
      }
    }
    symposium.sources().forEach(source -> out.append("\nSource: ").append(describe(source)).append('\n'));
    return out.toString();
  }

  private static void header(StringBuilder out, Symposium symposium) {
    List<String[]> lines = new ArrayList<>();
    symposium.shortTitle().ifPresent(t -> lines.add(new String[] {"Short title", t.text()}));
    symposium.series().ifPresent(series -> lines.add(new String[] {"Series", describe(symposium, series)}));
    lines.add(new String[] {"Dates", English.dates(symposium.dates())});
    symposium.timeZone().ifPresent(zone -> lines.add(new String[] {"Time zone", zone.getId()}));
    symposium.status().ifPresent(s -> lines.add(new String[] {"Status", English.words(s)}));
    symposium.mode().ifPresent(m -> lines.add(new String[] {"Attendance", English.words(m)}));
    for (Place place : symposium.places()) {
      lines.add(new String[] {"Place", describe(symposium, place)});
    }
    for (EarlierPlan plan : symposium.plannedBefore()) {
      List<String> parts = new ArrayList<>();
      plan.dates().ifPresent(d -> parts.add(English.dates(d)));
      plan.places().forEach(p -> parts.add(describe(symposium, p)));
      plan.mode().ifPresent(m -> parts.add(English.words(m)));
      lines.add(new String[] {"Planned before", planned(parts, plan.change(), plan.changeAnnounced(),
          plan.description())});
    }
    symposium.theme().ifPresent(t -> lines.add(new String[] {"Theme", t.text()}));
    symposium.description().ifPresent(d -> lines.add(new String[] {"Aims", d.text()}));
    if (!symposium.topics().isEmpty()) {
      lines.add(new String[] {"Topics", texts(symposium.topics())});
    }
    for (RelatedEvent related : symposium.relatedEvents()) {
      List<String> parts = new ArrayList<>();
      related.title().ifPresent(t -> parts.add(t.text()));
      related.dates().ifPresent(d -> parts.add(English.dates(d)));
      related.places().forEach(p -> parts.add(describe(symposium, p)));
      lines.add(new String[] {relation(related.relation()), String.join(", ", parts)});
    }
    int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0) + 2;
    for (String[] line : lines) {
      out.append(pad(line[0] + ":", width)).append(line[1]).append('\n');
    }
  }

  /** Describes an earlier plan: what it planned, then how and when it was given up, in the source's words. */
  private static String planned(List<String> parts, Optional<EventStatus> change, Optional<PartialDate> announced,
      Optional<LocalizedText> description) {
    List<String> how = new ArrayList<>();
    change.ifPresent(c -> how.add(English.words(c)));
    announced.ifPresent(d -> how.add("announced " + English.date(d)));
    description.ifPresent(d -> how.add(d.text()));
    String planned = String.join(", ", parts);
    String changed = String.join(", ", how);
    return planned.isEmpty() ? changed : changed.isEmpty() ? planned : planned + " (" + changed + ")";
  }

  private static String relation(EventRelation relation) {
    switch (relation) {
      case PART_OF:
        return "Part of";
      case COMPONENT:
        return "Includes";
      case NEXT_EDITION:
        return "Next edition";
      default:
        return "Previous edition";
    }
  }

  private static String describe(Symposium symposium, Series series) {
    List<String> parts = new ArrayList<>();
    parts.add(series.name().text());
    symposium.edition().ifPresent(edition -> parts.add(English.ordinal(edition) + " edition"));
    series.firstYear().ifPresent(year -> parts.add("first held in " + year));
    series.frequency().ifPresent(frequency -> parts.add(frequency == SeriesFrequency.ANNUAL ? "held every year"
        : frequency == SeriesFrequency.BIENNIAL ? "held every two years" : "held irregularly"));
    series.usualPlace().ifPresent(place -> parts.add("usually held in " + describe(symposium, place)));
    return String.join(", ", parts);
  }

  private static void session(StringBuilder out, Symposium symposium, Session session) {
    out.append("  ");
    if (session.kind() == SessionKind.OTHER) {
      out.append(session.title().map(LocalizedText::text).orElse("session"));
    } else {
      out.append(kind(session.kind()));
      session.title().ifPresent(t -> out.append(": ").append(t.text()));
    }
    session.date().ifPresent(d -> out.append(" [").append(English.date(d))
        .append(session.time().map(t -> ", " + English.time(t)).orElse("")).append(']'));
    if (session.date().isEmpty()) {
      session.time().ifPresent(t -> out.append(" [").append(English.time(t)).append(']'));
    }
    session.mode().ifPresent(m -> out.append(" (").append(English.words(m)).append(')'));
    session.status().ifPresent(s -> out.append(" — ").append(English.words(s)));
    out.append('\n');
    session.description().ifPresent(d -> out.append("      ").append(d.text()).append('\n'));
    for (Place place : session.places()) {
      out.append("      at ").append(describe(symposium, place)).append('\n');
    }
    for (EarlierSessionPlan plan : session.plannedBefore()) {
      List<String> parts = new ArrayList<>();
      plan.date().ifPresent(d -> parts.add(English.date(d)));
      plan.time().ifPresent(t -> parts.add(English.time(t)));
      plan.places().forEach(p -> parts.add(describe(symposium, p)));
      plan.mode().ifPresent(m -> parts.add(English.words(m)));
      out.append("      planned before: ")
          .append(planned(parts, plan.change(), plan.changeAnnounced(), plan.description())).append('\n');
    }
    if (!session.topics().isEmpty()) {
      out.append("      topics: ").append(texts(session.topics())).append('\n');
    }
    for (Participation participation : session.participants()) {
      participation(out, "      ", symposium, participation);
    }
    for (Statistic statistic : session.statistics()) {
      out.append("      ").append(describe(statistic)).append('\n');
    }
  }

  private static void participation(StringBuilder out, String indent, Symposium symposium,
      Participation participation) {
    out.append(indent).append(pad(English.words(participation.role()), 16))
        .append(participation.person().map(id -> person(symposium, id))
            .orElseGet(() -> participation.group().map(g -> group(symposium, g, "participant", "participants"))
                .orElse("")))
        .append(participation.delivery().map(d -> " — " + delivery(d)).orElse(""))
        .append(participation.joinedFrom().map(p -> " — from " + describe(symposium, p)).orElse(""))
        .append(participation.contribution().map(c -> " — " + c.text()).orElse(""))
        .append('\n');
  }

  private static String kind(SessionKind kind) {
    return kind == SessionKind.SUB_FORUM ? "sub-forum" : English.words(kind);
  }

  private static String delivery(Delivery delivery) {
    switch (delivery) {
      case IN_PERSON:
        return "in person";
      case VIDEO_MESSAGE:
        return "by video message";
      default:
        return "live by video link";
    }
  }

  private static void agreement(StringBuilder out, Symposium symposium, CooperationAgreement agreement) {
    out.append("  ").append(kind(agreement.kind()))
        .append(agreement.title().map(t -> " \"" + t.text() + "\"").orElse(""))
        .append(" between ")
        .append(English.list(agreement.parties().stream().map(id -> institutionWithCountry(symposium, id))
            .collect(Collectors.toList())))
        .append(agreement.signedOn().map(d -> ", signed " + English.date(d)).orElse(""))
        .append('\n');
    agreement.place().ifPresent(place -> out.append("      at ").append(describe(symposium, place)).append('\n'));
    if (!agreement.topics().isEmpty()) {
      out.append("      topics: ").append(texts(agreement.topics())).append('\n');
    }
    for (Signatory signatory : agreement.signatories()) {
      out.append("      signed for ").append(institution(symposium, signatory.party())).append(" by ")
          .append(signatory.person().map(person -> person(symposium, person)).orElseGet(
              () -> signatory.title().map(t -> "its " + t.text() + ", not named").orElse("someone not named")))
          .append('\n');
    }
  }

  private static String kind(AgreementKind kind) {
    switch (kind) {
      case COOPERATION:
        return "cooperation agreement";
      case FRAMEWORK:
        return "framework agreement";
      case OTHER:
        return "agreement";
      default:
        return English.words(kind);
    }
  }

  private static String describe(Statistic statistic) {
    String[] noun = MEASURES.get(statistic.measure());
    String qualifier = statistic.mode().map(ProgrammePrinter::mode).orElse("")
        + statistic.sessionKind().map(k -> (k == SessionKind.ORAL_ABSTRACTS ? "oral abstract" : kind(k)) + " ")
            .orElse("");
    StringBuilder text =
        new StringBuilder(English.counted(statistic.count(), qualifier + noun[0], qualifier + noun[1]));
    statistic.description().ifPresent(d -> text.append(" (").append(d.text()).append(')'));
    if (!statistic.institutionKinds().isEmpty()) {
      text.append(" from ").append(English.list(statistic.institutionKinds().stream()
          .map(kind -> English.plural(English.words(kind))).collect(Collectors.toList())));
    }
    if (!statistic.countries().isEmpty()) {
      text.append(" from ").append(English.list(statistic.countries().stream().map(Object::toString)
          .collect(Collectors.toList())));
    }
    if (!statistic.topics().isEmpty()) {
      text.append(", on ").append(English.list(statistic.topics().stream().map(LocalizedText::text)
          .collect(Collectors.toList())));
    }
    return text.toString();
  }

  private static String mode(AttendanceMode mode) {
    return mode == AttendanceMode.IN_PERSON ? "in-person " : English.words(mode) + " ";
  }

  private static String describe(Source source) {
    List<String> parts = new ArrayList<>();
    source.title().ifPresent(t -> parts.add("\"" + t.text() + "\""));
    source.publisher().ifPresent(p -> parts.add(p.text()));
    source.published().ifPresent(d -> parts.add(English.date(d)));
    source.url().ifPresent(u -> parts.add(u.toString()));
    return String.join(", ", parts);
  }

  private static String describe(Symposium symposium, Place place) {
    List<String> parts = new ArrayList<>();
    place.room().ifPresent(p -> parts.add(p.text()));
    place.building().ifPresent(p -> parts.add(p.text()));
    place.venue().ifPresent(p -> parts.add(p.text()));
    place.institution().ifPresent(id -> parts.add(institution(symposium, id)));
    place.district().ifPresent(p -> parts.add(p.text()));
    place.city().ifPresent(p -> parts.add(p.text()));
    place.region().ifPresent(p -> parts.add(p.text()));
    place.country().ifPresent(p -> parts.add(p.toString()));
    return String.join(", ", parts) + (place.isMainVenue() ? " (main venue)" : "");
  }

  private static String group(Symposium symposium, UnnamedGroup group, String singular, String plural) {
    String what = group.description().map(LocalizedText::text)
        .orElseGet(() -> "unnamed " + (group.count().value().orElse(2) == 1 ? singular : plural)
            + group.kind().map(k -> " (" + English.words(k) + ")").orElse(""));
    List<String> from = new ArrayList<>();
    for (LocalId id : group.institutions()) {
      Optional<Institution> institution = symposium.institution(id);
      // "Heads of the departments of CQMU from CQMU" would say it twice.
      if (institution.isEmpty() || !names(what, institution.get())) {
        from.add(institution.map(ProgrammePrinter::shortName).orElse(id.value()));
      }
    }
    return English.countedWords(group.count(), what) + (from.isEmpty() ? "" : " from " + English.list(from));
  }

  private static String institution(Symposium symposium, LocalId id) {
    return symposium.institution(id).map(Institution::displayName).orElse(id.value());
  }

  private static String institutionWithCountry(Symposium symposium, LocalId id) {
    return symposium.institution(id)
        .map(i -> i.displayName() + i.country().map(c -> " (" + c + ")").orElse(""))
        .orElse(id.value());
  }

  private static String shortName(Institution institution) {
    return institution.shortNames().isEmpty() ? institution.displayName() : institution.shortNames().get(0);
  }

  private static String person(Symposium symposium, LocalId id) {
    return symposium.speaker(id).map(speaker -> describe(symposium, speaker)).orElse(id.value());
  }

  private static String describe(Symposium symposium, Speaker speaker) {
    StringBuilder text = new StringBuilder(speaker.displayName());
    for (Position position : speaker.positions()) {
      text.append(", ").append(position.status() == PositionStatus.FORMER ? "former " : "")
          .append(describe(symposium, position));
    }
    return text.toString();
  }

  private static String describe(Symposium symposium, Position position) {
    Optional<Institution> institution = position.institution().flatMap(symposium::institution);
    String where = institution.map(ProgrammePrinter::shortName)
        .orElseGet(() -> position.institution().map(LocalId::value).orElse(""));
    if (position.title().isEmpty()) {
      return where;
    }
    String title = position.title().get().text();
    if (where.isEmpty() || institution.isPresent() && names(title, institution.get())) {
      return title;
    }
    // "Head of Surgery of Zhongshan Hospital" stacks two "of"s; a comma reads as English.
    return title + (title.contains(" of ") ? ", " : " of ") + where;
  }

  /**
   * Tells whether words already name an institution: by its name or a short name, or, for a post such as
   * "Vice Mayor of Shanghai" in the city's government, by ending with "of" and the institution's city.
   */
  private static boolean names(String words, Institution institution) {
    List<String> names = new ArrayList<>(institution.shortNames());
    institution.name().ifPresent(name -> names.add(name.text()));
    return names.stream().anyMatch(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(words).find())
        || institution.city().map(city -> words.endsWith(" of " + city.text())).orElse(false);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String texts(List<LocalizedText> texts) {
    return texts.stream().map(LocalizedText::text).collect(Collectors.joining("; "));
  }
}
