/**
 * The constraint validators behind the rules and the constraints, and the algorithms they share. Not
 * exported: nothing here is part of the API, and any of it may change in any release.
 */
package dev.symposia.validation.internal;
