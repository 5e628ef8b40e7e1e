/**
 * Cooperation agreements between institutions, with the people who signed them and the party each signed for.
 */
@ModelStyle
package dev.symposia.agreement;

import dev.symposia.internal.ModelStyle;
