/**
 * frab/c3voc {@code schedule.json}, the format conference apps read, both ways:
 * {@link dev.symposia.export.frab.FrabSchedule}.
 */
package dev.symposia.export.frab;
