package dev.symposia.examples;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.Award;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a symposium as a programme a person can read: the event, its dates and places, the institutions
 * and their roles, the sessions in order with their participants, agreements, awards and statistics.
 *
 * <pre>{@code
 * String text = ProgrammePrinter.print(Isctm2022.symposium());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgrammePrinter {
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
    symposium.shortTitle().ifPresent(t -> line(out, "Short title", t.text()));
    symposium.series().ifPresent(series -> line(out, "Series", series.name().text()
        + symposium.edition().stream().mapToObj(e -> ", edition " + e).findFirst().orElse("")
        + series.firstYear().map(y -> ", since " + y).orElse("")
        + series.frequency().map(f -> ", " + f.name().toLowerCase(Locale.ROOT)).orElse("")));
    line(out, "Dates", symposium.dates() + symposium.timeZone().map(z -> " (" + z + ")").orElse(""));
    symposium.status().ifPresent(s -> line(out, "Status", s.name().toLowerCase(Locale.ROOT)));
    symposium.mode().ifPresent(m -> line(out, "Attendance", m.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    for (Place place : symposium.places()) {
      line(out, "Place", describe(symposium, place));
    }
    symposium.theme().ifPresent(t -> line(out, "Theme", t.text()));
    if (!symposium.topics().isEmpty()) {
      line(out, "Topics", texts(symposium.topics()));
    }
    for (RelatedEvent related : symposium.relatedEvents()) {
      line(out, "Related", related.relation().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
          + related.title().map(LocalizedText::text).orElse("")
          + related.dates().map(d -> " " + d).orElse("")
          + related.places().stream().map(p -> " " + describe(symposium, p)).collect(Collectors.joining()));
    }

    if (!symposium.institutionRoles().isEmpty()) {
      out.append("\nInstitutions\n");
      for (InstitutionParticipation role : symposium.institutionRoles()) {
        out.append("  ").append(pad(role.role().name().toLowerCase(Locale.ROOT).replace('_', '-'), 12))
            .append(role.institution().map(id -> institution(symposium, id))
                .orElseGet(() -> role.group().map(Object::toString).orElse("")))
            .append('\n');
      }
    }

    if (!symposium.sessions().isEmpty()) {
      out.append("\nProgramme\n");
      for (Session session : symposium.sessions()) {
        out.append("  ").append(session.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        session.title().ifPresent(t -> out.append(": ").append(t.text()));
        session.date().ifPresent(d -> out.append(" [").append(d)
            .append(session.time().map(t -> " " + t).orElse("")).append(']'));
        session.mode().ifPresent(m -> out.append(" (").append(m.name().toLowerCase(Locale.ROOT)).append(')'));
        out.append('\n');
        for (Place place : session.places()) {
          out.append("      at ").append(describe(symposium, place)).append('\n');
        }
        if (!session.topics().isEmpty()) {
          out.append("      topics: ").append(texts(session.topics())).append('\n');
        }
        for (Participation participation : session.participants()) {
          out.append("      ").append(pad(participation.role().name().toLowerCase(Locale.ROOT).replace('_', ' '), 16))
              .append(participation.person().map(id -> person(symposium, id))
                  .orElseGet(() -> participation.group().map(Object::toString).orElse("")))
              .append(participation.delivery().map(d -> " — by " + d.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                  .orElse(""))
              .append(participation.contribution().map(c -> " — " + c.text()).orElse(""))
              .append('\n');
        }
        for (Statistic statistic : session.statistics()) {
          out.append("      ").append(describe(statistic)).append('\n');
        }
      }
    }

    if (!symposium.agreements().isEmpty()) {
      out.append("\nAgreements\n");
      for (CooperationAgreement agreement : symposium.agreements()) {
        out.append("  ").append(agreement.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" between ")
            .append(agreement.parties().stream().map(id -> institution(symposium, id)).collect(Collectors.joining(" and ")))
            .append(agreement.signedOn().map(d -> ", signed " + d).orElse(""))
            .append('\n');
        for (Signatory signatory : agreement.signatories()) {
          out.append("      signed by ").append(person(symposium, signatory.person())).append(" for ")
              .append(institution(symposium, signatory.party())).append('\n');
        }
      }
    }

    if (!symposium.awards().isEmpty()) {
      out.append("\nAwards\n");
      for (Award award : symposium.awards()) {
        out.append("  ").append(award.name().text()).append('\n');
        award.recipients().forEach(id -> out.append("      to ").append(person(symposium, id)).append('\n'));
        award.unveiledBy().forEach(id -> out.append("      unveiled by ").append(person(symposium, id)).append('\n'));
      }
    }

    if (!symposium.statistics().isEmpty()) {
      out.append("\nStatistics\n");
      for (Statistic statistic : symposium.statistics()) {
        out.append("  ").append(describe(statistic)).append('\n');
      }
    }
    symposium.sources().forEach(source -> out.append("\nSource: ").append(source).append('\n'));
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(pad(label + ":", 13)).append(value).append('\n');
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String texts(List<LocalizedText> texts) {
    return texts.stream().map(LocalizedText::text).collect(Collectors.joining("; "));
  }

  private static String describe(Statistic statistic) {
    StringBuilder text = new StringBuilder().append(statistic.count()).append(' ')
        .append(statistic.mode().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").orElse(""))
        .append(statistic.sessionKind().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ").orElse(""))
        .append(statistic.measure().name().toLowerCase(Locale.ROOT));
    statistic.description().ifPresent(d -> text.append(" (").append(d.text()).append(')'));
    if (!statistic.countries().isEmpty()) {
      text.append(" from ").append(statistic.countries().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static String describe(Symposium symposium, Place place) {
    if (place.institution().isEmpty()) {
      return place.toString();
    }
    return place.toString().replace("@" + place.institution().get(), institution(symposium, place.institution().get()));
  }

  private static String institution(Symposium symposium, LocalId id) {
    return symposium.institution(id).map(ProgrammePrinter::describe).orElse(id.value());
  }

  private static String describe(Institution institution) {
    return institution.name().text() + institution.country().map(c -> " (" + c + ")").orElse("");
  }

  private static String person(Symposium symposium, LocalId id) {
    return symposium.speaker(id).map(speaker -> describe(symposium, speaker)).orElse(id.value());
  }

  private static String describe(Symposium symposium, Speaker speaker) {
    StringBuilder text = new StringBuilder(speaker.displayName());
    for (Position position : speaker.positions()) {
      text.append(", ");
      if (position.status() == dev.symposia.people.PositionStatus.FORMER) {
        text.append("former ");
      }
      position.title().ifPresent(t -> text.append(t.text()));
      position.institution().ifPresent(id -> text.append(position.title().isPresent() ? " of " : "")
          .append(symposium.institution(id).map(i -> i.shortNames().isEmpty() ? i.name().text() : i.shortNames().get(0))
              .orElse(id.value())));
    }
    return text.toString();
  }
}
