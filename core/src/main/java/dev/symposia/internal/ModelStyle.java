package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import dev.symposia.MissingAttributesException;
import dev.symposia.NullAttributeException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to each model package through its {@code package-info}.
 *
 * <p>Generated implementations and their builders stay package-private ({@code build()} returns the public
 * abstract type; the public {@code X.Builder} classes extend the generated builders),
 * and every failure of generated code is an {@link InvalidModelException}: a {@link MissingAttributesException}
 * or a {@link NullAttributeException}, public classes of an exported package, so that users can name what
 * they catch.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // With the generated builders package-private too, Javadoc shows their methods, with their comments, on
    // the public X.Builder classes rather than as a bare list "inherited from ImmutableX.Builder".
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    clearBuilder = true,
    // No org.immutables.value.Generated on generated classes: users compiling against core do not have that
    // annotation, and javac warns of its missing methods (fatal under -Werror).
    allowedClasspathAnnotations = {Override.class},
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingAttributesException.class,
    throwForNullPointer = NullAttributeException.class,
    jdkOnly = true,
    jdk9Collections = true,
    deferCollectionAllocation = true,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
