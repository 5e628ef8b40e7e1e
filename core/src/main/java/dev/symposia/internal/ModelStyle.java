package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to each model package through its {@code package-info}.
 *
 * <p>Generated implementations stay package-private ({@code build()} returns the public abstract type),
 * and every failure of generated code is an {@link InvalidModelException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingAttributesException.class,
    throwForNullPointer = NullAttributeException.class,
    jdkOnly = true,
    jdk9Collections = true,
    deferCollectionAllocation = true,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
