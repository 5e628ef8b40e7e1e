/** A symposium as schema.org JSON-LD, for event web pages: {@link dev.symposia.export.jsonld.SchemaOrg}. */
package dev.symposia.export.jsonld;
