package com.discomcare.kit.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@link Actor} of the current request, read from the verified access token. The claims are those the realm
 * maps from user attributes: {@value #OFFICER_ID} (the roster's id, e.g. {@code CRO-GGN}), {@value #DISTRICT}
 * (one or several) and {@value #CIRCLE}; a machine caller without an officer id is named by its
 * {@code preferred_username} (Keycloak: {@code service-account-<client>}).
 */
@RequestScoped
public class SignedIn {

    public static final String OFFICER_ID = "officer_id";
    public static final String DISTRICT = "district";
    public static final String CIRCLE = "circle";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Actor actor;

    /** The caller; 401 if the request carries no verified token. */
    public Actor actor() {
        if (actor == null) {
            actor = read();
        }
        return actor;
    }

    private Actor read() {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            throw new UnauthorizedException("no signed-in user");
        }
        String username = token.getClaim("preferred_username");
        String id = firstOf(token.getClaim(OFFICER_ID), username, token.getSubject());
        if (id == null) {
            throw new UnauthorizedException("the token names nobody");
        }
        String name = firstOf(token.getClaim("name"), username, id);
        Set<String> roles = new LinkedHashSet<>(identity.getRoles());
        String role = Roles.ALL.stream().filter(roles::contains).findFirst().orElse(null);
        return new Actor(id, name, role, roles, strings(token.getClaim(DISTRICT)), token.getClaim(CIRCLE));
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    /** A claim that Keycloak writes as a string for one value and as an array for several. */
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(unquoted(value)));
        } else if (claim != null) {
            values.add(unquoted(claim));
        }
        return values;
    }

    /** JSON-P strings print with their quotes. */
    private static String unquoted(Object value) {
        if (value instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        return String.valueOf(value);
    }
}
