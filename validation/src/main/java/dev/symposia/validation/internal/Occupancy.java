package dev.symposia.validation.internal;

import dev.symposia.event.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, among the sessions that hold some resource (a person, a room), the ones that overlap in time an
 * earlier one holding the same resource, without comparing every pair.
 *
 * <p>When sessions overlap: only sessions with a {@linkplain SessionTable#dayNumber day} and a time slot take part,
 * each in the {@linkplain SessionTable#group group} the session table gives it: every session with clock
 * times is on one timeline (real instants when the symposium's zone is known), so a session past midnight
 * meets the next morning's, and two sessions an hour apart in clock time as clocks go back can be
 * simultaneous. Clock slots are half-open intervals {@code [start, end)}, so a session ending at 10:00
 * does not overlap one starting at 10:00; a slot with a start and no end is the instant it starts, which
 * overlaps what is under way at that instant. A part of the day (afternoon) overlaps the same part of the
 * same day, and no clock slot, since where an afternoon begins is not stated. A session never conflicts
 * with a session it is part of, or that is part of it.
 *
 * <p>Algorithm: all holdings are sorted once by resource, group, start and session; each run of one
 * resource in one group is swept in start order, keeping the holdings still under way in a tree ordered by
 * when they end. Each holding enters and leaves the tree once, so the whole costs O(n log n) for n
 * holdings, plus, for each reported holding, a look past the holdings that are its ancestors or
 * descendants in the {@link Session#partOf()} hierarchy. Moments are compared as seconds and nanoseconds,
 * so every instant from year 1 to 9999 is exact.
 *
 * <p>Not thread-safe: one instance serves one validation.
 */
final class Occupancy {
  private final Forest sessions;
  private final List<Holding> holdings = new ArrayList<>();

  /**
   * Starts an empty occupancy.
   *
   * @param sessions the part-of hierarchy of the sessions; not null
   */
  Occupancy(Forest sessions) {
    this.sessions = sessions;
  }

  /**
   * Records that a session holds a resource, if the session is {@linkplain SessionTable#isPlaced placed}
   * in time well enough to overlap: at each of its occurrences, if it recurs.
   *
   * @param resource the resource, numbered by the caller
   * @param sessionIndex the session's index in the symposium
   * @param element the index of the element (participation, place) that names the resource
   * @param sessions the table of the symposium's sessions; not null
   */
  void hold(int resource, int sessionIndex, int element, SessionTable sessions) {
    if (sessions.isPlaced(sessionIndex)) {
      holdAt(resource, sessionIndex, element, sessionIndex, sessions);
      for (int at = sessions.firstFurther(sessionIndex); at < sessions.endFurther(sessionIndex); at++) {
        holdAt(resource, sessionIndex, element, at, sessions);
      }
    }
  }

  private void holdAt(int resource, int sessionIndex, int element, int at, SessionTable sessions) {
    hold(resource, sessionIndex, element, sessions.group(at), sessions.startSeconds(at), sessions.startNanos(at),
        sessions.endSeconds(at), sessions.endNanos(at), sessions.endIncluded(at));
  }

  /**
   * Records a holding from one moment to another of a group, each in seconds and nanoseconds: the end
   * included only for an instant (the start) and for a part of the day.
   *
   * @param resource the resource
   * @param sessionIndex the session
   * @param element the element naming the resource
   * @param group the group; only holdings of one group overlap
   * @param startSeconds the seconds of the start
   * @param startNanos the nanoseconds of the start, 0 to 999,999,999
   * @param endSeconds the seconds of the end, not before the start
   * @param endNanos the nanoseconds of the end
   * @param endIncluded whether the end is part of the holding
   */
  void hold(int resource, int sessionIndex, int element, long group, long startSeconds, int startNanos,
      long endSeconds, int endNanos, boolean endIncluded) {
    holdings.add(new Holding(resource, group, startSeconds, startNanos, endSeconds, endNanos, endIncluded,
        sessionIndex, element, holdings.size()));
  }

  /** Receives each holding that overlaps an earlier one. */
  interface Listener {
    /**
     * Called for a holding that overlaps an earlier holding of the same resource.
     *
     * @param sessionIndex the session of the later holding
     * @param element the element of the later holding
     * @param otherSessionIndex the session of the earlier holding it overlaps
     */
    void overlap(int sessionIndex, int element, int otherSessionIndex);
  }

  /**
   * Reports every holding that overlaps an earlier holding of the same resource, in order of resource,
   * group and start; each element of a session at most once, though a recurring session holds the resource
   * at each of its occurrences.
   *
   * @param listener receives the overlaps; not null
   */
  void sweep(Listener listener) {
    holdings.sort(Occupancy::inStartOrder);
    TreeSet<Holding> underWay = new TreeSet<>(Occupancy::inEndOrder);
    Holding previous = null;
    // The elements (session and element in one long) reported, made on the first overlap: valid programmes
    // have none.
    Set<Long> reported = null;
    for (Holding current : holdings) {
      if (previous == null || previous.resource != current.resource || previous.group != current.group) {
        underWay.clear();
      }
      previous = current;
      while (!underWay.isEmpty() && !underWay.first().isUnderWayAt(current.startSeconds, current.startNanos)) {
        underWay.pollFirst();
      }
      for (Holding other : underWay.descendingSet()) {
        if (other.session != current.session && !sessions.isRelated(other.session, current.session)) {
          if (reported == null) {
            reported = new HashSet<>();
          }
          if (reported.add((long) current.session << 32 | current.element)) {
            listener.overlap(current.session, current.element, other.session);
          }
          break;
        }
      }
      underWay.add(current);
    }
  }

  // Written out rather than chained from key extractors: sorting tens of thousands of holdings spent most
  // of its time in the chain's calls.
  private static int inStartOrder(Holding a, Holding b) {
    int order = Integer.compare(a.resource, b.resource);
    if (order == 0) {
      order = Long.compare(a.group, b.group);
    }
    if (order == 0) {
      order = Long.compare(a.startSeconds, b.startSeconds);
    }
    if (order == 0) {
      order = Integer.compare(a.startNanos, b.startNanos);
    }
    return order != 0 ? order : inHoldingOrder(a, b);
  }

  private static int inEndOrder(Holding a, Holding b) {
    int order = Long.compare(a.endSeconds, b.endSeconds);
    if (order == 0) {
      order = Integer.compare(a.endNanos, b.endNanos);
    }
    if (order == 0) {
      order = Boolean.compare(a.endIncluded, b.endIncluded);
    }
    return order != 0 ? order : inHoldingOrder(a, b);
  }

  // By session, element and the order in which they were held: two occurrences of one recurring session can hold
  // the same element at once, if a change moves one onto another's date, and neither may stand for the other.
  private static int inHoldingOrder(Holding a, Holding b) {
    int order = Integer.compare(a.session, b.session);
    if (order == 0) {
      order = Integer.compare(a.element, b.element);
    }
    return order != 0 ? order : Integer.compare(a.order, b.order);
  }

  private static final class Holding {
    final int resource;
    final long group;
    final long startSeconds;
    final int startNanos;
    final long endSeconds;
    final int endNanos;
    final boolean endIncluded;
    final int session;
    final int element;
    final int order;

    Holding(int resource, long group, long startSeconds, int startNanos, long endSeconds, int endNanos,
        boolean endIncluded, int session, int element, int order) {
      this.resource = resource;
      this.group = group;
      this.startSeconds = startSeconds;
      this.startNanos = startNanos;
      this.endSeconds = endSeconds;
      this.endNanos = endNanos;
      this.endIncluded = endIncluded;
      this.session = session;
      this.element = element;
      this.order = order;
    }

    boolean isUnderWayAt(long seconds, int nanos) {
      if (seconds != endSeconds) {
        return seconds < endSeconds;
      }
      return nanos < endNanos || nanos == endNanos && endIncluded;
    }
  }
}
