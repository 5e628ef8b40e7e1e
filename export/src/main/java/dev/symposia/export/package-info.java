/**
 * What the exports of a symposium share: {@link dev.symposia.export.Omission}, one part of a symposium a
 * format could not hold and why, and {@link dev.symposia.export.NotExportableException}, raised when a format
 * cannot hold a symposium at all. The formats are in the sub-packages {@code ical}, {@code jsonld} and
 * {@code frab}.
 */
package dev.symposia.export;
