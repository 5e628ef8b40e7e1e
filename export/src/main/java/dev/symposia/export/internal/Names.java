package dev.symposia.export.internal;

import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of people, institutions and places as every format writes them: what the record states, nothing
 * added. The one place that reads names from the model. Thread-safe: no state.
 */
public final class Names {
  private Names() {}

  /**
   * Returns a person's name without honorifics; for a person the source does not name, the description or
   * an identifier, as {@link Speaker#displayName()} gives them.
   *
   * @param speaker the person; not null
   * @return the display name; never null
   */
  public static String person(Speaker speaker) {
    return speaker.name().map(name -> name.displayName()).orElseGet(speaker::displayName);
  }

  /**
   * Returns a person's name with honorifics, as a programme prints it.
   *
   * @param speaker the person; not null
   * @return the display name; never null
   */
  public static String personWithHonorifics(Speaker speaker) {
    return speaker.displayName();
  }

  /**
   * Returns an institution's name; for one the source does not name, its description or an identifier, as
   * {@link Institution#displayName()} gives them.
   *
   * @param institution the institution; not null
   * @return its primary name; never null
   */
  public static String institution(Institution institution) {
    return institution.displayName();
  }

  /**
   * Returns a place as one line, from the most precise part to the country: {@code Room 3, Hall A, Grand
   * Hotel, Peking University, Haidian, Beijing, CN}.
   *
   * @param symposium the symposium whose institutions the place may name; not null
   * @param place the place; not null
   * @return the place's parts joined by commas; never null or empty
   */
  public static String place(Symposium symposium, Place place) {
    List<String> parts = new ArrayList<>();
    place.room().ifPresent(p -> parts.add(p.text()));
    place.building().ifPresent(p -> parts.add(p.text()));
    place.venue().ifPresent(p -> parts.add(p.text()));
    place.institution().flatMap(symposium::institution).ifPresent(i -> parts.add(institution(i)));
    place.district().ifPresent(p -> parts.add(p.text()));
    place.city().ifPresent(p -> parts.add(p.text()));
    place.region().ifPresent(p -> parts.add(p.text()));
    place.country().ifPresent(p -> parts.add(p.value()));
    return String.join(", ", parts);
  }

  /**
   * Returns the name of the speaker or institution an identifier refers to, or the identifier itself.
   *
   * @param symposium the symposium; not null
   * @param id the identifier; not null
   * @return the name; never null
   */
  public static String of(Symposium symposium, LocalId id) {
    return symposium.speaker(id).map(Names::personWithHonorifics)
        .orElseGet(() -> symposium.institution(id).map(Names::institution).orElse(id.value()));
  }

  /**
   * Returns an enum constant in words: {@code KEYNOTE_SPEAKER} as {@code Keynote speaker}.
   *
   * @param constant the constant; not null
   * @return the words; never null
   */
  public static String words(Enum<?> constant) {
    String lower = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
