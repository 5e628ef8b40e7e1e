/** What the formats share: names, places and words of the model, a JSON writer and reader. Not exported. */
package dev.symposia.export.internal;
