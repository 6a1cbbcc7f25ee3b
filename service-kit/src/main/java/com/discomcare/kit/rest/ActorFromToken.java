package com.discomcare.kit.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body type: the actor of the step is the signed-in user ({@code SignedIn}), so a body that still
 * names one in a field of {@link #value()} is refused with 400 and a field error, instead of being ignored like
 * other unknown fields (which the event contracts' JSON settings tolerate). A client written against the old API
 * learns at once that {@code by} no longer counts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActorFromToken {

    /** The fields that used to name the actor. */
    String[] value() default {"by"};
}
