package dev.symposia.event;

/** How people attend an event or a session. */
public enum AttendanceMode {
  /** Everyone attends at the venue. */
  IN_PERSON,
  /** Everyone attends remotely. */
  ONLINE,
  /** Some attend at the venue and some remotely ("online and offline"). */
  HYBRID
}
