/**
 * Conflict-of-interest disclosures: what a speaker declared for an event, as a
 * {@link dev.symposia.disclosure.Disclosure} of {@link dev.symposia.disclosure.FinancialRelationship financial
 * relationships} with named companies, or that there was nothing to disclose.
 */
@ModelStyle
package dev.symposia.disclosure;

import dev.symposia.internal.ModelStyle;
