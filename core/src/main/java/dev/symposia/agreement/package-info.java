/**
 * Cooperation agreements between institutions, with the people who signed them and the party each signed for,
 * their terms and renewals, and {@link dev.symposia.agreement.AgreementRecord}, an agreement signed at no event
 * recorded on its own with its institutions and people.
 */
@ModelStyle
package dev.symposia.agreement;

import dev.symposia.internal.ModelStyle;
