/**
 * What a session presents and leaves behind: the {@link dev.symposia.presentation.Abstract abstracts and posters}
 * presented, with their numbers, authors and DOIs, and the published {@link dev.symposia.presentation.Material
 * recordings and slides}.
 */
@ModelStyle
package dev.symposia.presentation;

import dev.symposia.internal.ModelStyle;
