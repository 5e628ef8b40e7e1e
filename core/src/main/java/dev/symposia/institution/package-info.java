/**
 * Institutions: universities, their schools and offices, hospitals, academies, learned societies, government
 * bodies, foundations, research centres and companies, with the ties between them.
 */
@ModelStyle
package dev.symposia.institution;

import dev.symposia.internal.ModelStyle;
