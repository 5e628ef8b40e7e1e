package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.validation.rules.NoRoomOverlap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates {@link NoRoomOverlap} on a symposium. Thread-safe. */
public final class NoRoomOverlapValidator extends RuleValidator<NoRoomOverlap, Symposium> {
  /** Creates the validator. */
  public NoRoomOverlapValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    Map<Room, Integer> rooms = new HashMap<>();
    SessionTable table = symposium.derived(SessionTable.DERIVATION);
    Occupancy occupancy = new Occupancy(table.hierarchy());
    Set<Room> inSession = new HashSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      if (!table.isPlaced(i)) {
        continue;
      }
      List<Place> places = sessions.get(i).places();
      inSession.clear();
      for (int k = 0; k < places.size(); k++) {
        Optional<Room> room = Room.of(places.get(k));
        if (room.isPresent() && inSession.add(room.get())) {
          Integer number = rooms.computeIfAbsent(room.get(), r -> rooms.size());
          occupancy.hold(number, i, k, table);
        }
      }
    }
    occupancy.sweep((sessionIndex, element, otherIndex) -> offences.add(
        at("sessions", sessionIndex, "places", element),
        "room", sessions.get(sessionIndex).places().get(element).room().orElseThrow(),
        "session", sessions.get(sessionIndex).id(), "other", sessions.get(otherIndex).id()));
  }

  /** A place that states a room, as the parts that tell one room from another. */
  private static final class Room {
    private final Object[] parts;

    private Room(Object[] parts) {
      this.parts = parts;
    }

    static Optional<Room> of(Place place) {
      if (place.room().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Room(new Object[] {
        text(place.room()), text(place.building()), text(place.venue()), place.institution().orElse(null),
        text(place.district()), text(place.city()), text(place.region()), place.country().orElse(null)
      }));
    }

    private static String text(Optional<LocalizedText> text) {
      return text.map(LocalizedText::text).orElse(null);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Room && Arrays.equals(parts, ((Room) other).parts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(parts);
    }
  }
}
