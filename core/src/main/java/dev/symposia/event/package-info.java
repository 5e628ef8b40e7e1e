@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = InvalidModelException.class,
    throwForNullPointer = InvalidModelException.class,
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true))
package dev.symposia.event;

import dev.symposia.InvalidModelException;
import org.immutables.value.Value;
