package dev.symposia.validation.internal;

import dev.symposia.event.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds, among the sessions that hold some resource (a person, a room), the ones that overlap in time an
 * earlier one holding the same resource, without comparing every pair.
 *
 * <p>When sessions overlap: only sessions with a {@linkplain SessionTable#dayNumber day} and a time slot take part;
 * two must be on the same day. Clock slots are half-open intervals {@code [start, end)}, so a session
 * ending at 10:00 does not overlap one starting at 10:00; a slot with a start and no end is the instant it
 * starts, which overlaps what is under way at that instant. A part of the day (afternoon) overlaps the same
 * part of the same day, and no clock slot, since where an afternoon begins is not stated. A session never
 * conflicts with a session it is part of, or that is part of it.
 *
 * <p>Algorithm: all holdings are sorted once by resource, day, part of day, start time and session; each
 * run of one resource on one day is swept in start order, keeping the holdings still under way in a tree
 * ordered by when they end. Each holding enters and leaves the tree once, so the whole costs
 * O(n log n) for n holdings, plus, for each reported holding, a look past the holdings that are its
 * ancestors or descendants in the {@link Session#partOf()} hierarchy.
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
   * in time well enough to overlap.
   *
   * @param resource the resource, numbered by the caller
   * @param sessionIndex the session's index in the symposium
   * @param element the index of the element (participation, place) that names the resource
   * @param sessions the table of the symposium's sessions; not null
   */
  void hold(int resource, int sessionIndex, int element, SessionTable sessions) {
    if (sessions.isPlaced(sessionIndex)) {
      holdings.add(new Holding(resource, sessions.day(sessionIndex), sessions.part(sessionIndex),
          sessions.start(sessionIndex), sessions.end(sessionIndex), sessions.endIncluded(sessionIndex),
          sessionIndex, element));
    }
  }

  /**
   * Records a holding of a part of a day.
   *
   * @param resource the resource
   * @param sessionIndex the session
   * @param element the element naming the resource
   * @param day the day's key
   * @param part the part of the day, from 0
   */
  void holdDuring(int resource, int sessionIndex, int element, long day, int part) {
    holdings.add(new Holding(resource, day, part, 0, Long.MAX_VALUE, true, sessionIndex, element));
  }

  /**
   * Records a holding of clock time: from {@code start} to {@code end}, the end included only for an
   * instant ({@code start == end}).
   *
   * @param resource the resource
   * @param sessionIndex the session
   * @param element the element naming the resource
   * @param day the day's key
   * @param start the start, in any unit of time of day
   * @param end the end, in the same unit
   * @param instant whether the holding is the instant {@code start} alone
   */
  void holdFrom(int resource, int sessionIndex, int element, long day, long start, long end, boolean instant) {
    holdings.add(new Holding(resource, day, SessionTable.CLOCK, start, end, instant, sessionIndex, element));
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
   * day and start time; each holding at most once.
   *
   * @param listener receives the overlaps; not null
   */
  void sweep(Listener listener) {
    holdings.sort(Occupancy::inStartOrder);
    TreeSet<Holding> underWay = new TreeSet<>(Occupancy::inEndOrder);
    Holding previous = null;
    for (Holding current : holdings) {
      if (previous == null || previous.resource != current.resource || previous.day != current.day
          || previous.part != current.part) {
        underWay.clear();
      }
      previous = current;
      while (!underWay.isEmpty() && !underWay.first().isUnderWayAt(current.start)) {
        underWay.pollFirst();
      }
      for (Holding other : underWay.descendingSet()) {
        if (other.session != current.session && !sessions.isRelated(other.session, current.session)) {
          listener.overlap(current.session, current.element, other.session);
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
      order = Long.compare(a.day, b.day);
    }
    if (order == 0) {
      order = Long.compare(a.part, b.part);
    }
    if (order == 0) {
      order = Long.compare(a.start, b.start);
    }
    if (order == 0) {
      order = Integer.compare(a.session, b.session);
    }
    return order != 0 ? order : Integer.compare(a.element, b.element);
  }

  private static int inEndOrder(Holding a, Holding b) {
    int order = Long.compare(a.end, b.end);
    if (order == 0) {
      order = Boolean.compare(a.endIncluded, b.endIncluded);
    }
    if (order == 0) {
      order = Integer.compare(a.session, b.session);
    }
    return order != 0 ? order : Integer.compare(a.element, b.element);
  }

  private static final class Holding {
    final int resource;
    final long day;
    final long part;
    final long start;
    final long end;
    final boolean endIncluded;
    final int session;
    final int element;

    Holding(int resource, long day, long part, long start, long end, boolean endIncluded, int session,
        int element) {
      this.resource = resource;
      this.day = day;
      this.part = part;
      this.start = start;
      this.end = end;
      this.endIncluded = endIncluded;
      this.session = session;
      this.element = element;
    }

    boolean isUnderWayAt(long instant) {
      return instant < end || instant == end && endIncluded;
    }
  }
}
