package com.discomcare.connection.rest;

import com.discomcare.kit.security.AccessRule;
import com.discomcare.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @RolesAllowed} lets a role in, the endpoint's {@link ConnectionAccess} rule narrows it: the two must name
 * the same roles, or a role would pass the door and never be allowed (or be allowed without being let in).
 */
class ConnectionAccessTest {

    private static final Map<String, AccessRule> APPLICATION_RULES = Map.ofEntries(
            Map.entry("register", ConnectionAccess.CONSUMER_CONTACT),
            Map.entry("get", ConnectionAccess.READ),
            Map.entry("history", ConnectionAccess.READ),
            Map.entry("list", ConnectionAccess.READ),
            Map.entry("verifyDocuments", ConnectionAccess.OFFICE),
            Map.entry("noteDeficiency", ConnectionAccess.OFFICE),
            Map.entry("resubmit", ConnectionAccess.CONSUMER_CONTACT),
            Map.entry("inspect", ConnectionAccess.FIELD),
            Map.entry("issueDemandNote", ConnectionAccess.OFFICE),
            Map.entry("pay", ConnectionAccess.PAYMENT),
            Map.entry("readyForRelease", ConnectionAccess.FIELD),
            Map.entry("release", ConnectionAccess.RELEASE),
            Map.entry("withdraw", ConnectionAccess.CONSUMER_CONTACT),
            Map.entry("reject", ConnectionAccess.REJECT));

    private static final Map<String, AccessRule> SERVICE_REQUEST_RULES = Map.ofEntries(
            Map.entry("register", ConnectionAccess.CONSUMER_CONTACT),
            Map.entry("get", ConnectionAccess.READ),
            Map.entry("history", ConnectionAccess.READ),
            Map.entry("list", ConnectionAccess.READ),
            Map.entry("step", ConnectionAccess.SERVICE_WORK),
            Map.entry("complete", ConnectionAccess.SERVICE_WORK),
            Map.entry("reject", ConnectionAccess.REJECT));

    @Test
    void everyApplicationEndpointLetsInExactlyTheRolesOfItsRule() {
        check(ConnectionApplicationResource.class, APPLICATION_RULES);
    }

    @Test
    void everyServiceRequestEndpointLetsInExactlyTheRolesOfItsRule() {
        check(ServiceRequestResource.class, SERVICE_REQUEST_RULES);
    }

    @Test
    void theChargesAndTheTimeLimitsAreForEveryRole() {
        for (Class<?> resource : List.of(ChargesResource.class, ConnectionPolicyResource.class)) {
            assertThat(new TreeSet<>(Arrays.asList(resource.getAnnotation(RolesAllowed.class).value())))
                    .as(resource.getSimpleName()).isEqualTo(new TreeSet<>(Roles.ALL));
        }
    }

    private static void check(Class<?> resource, Map<String, AccessRule> rules) {
        Set<String> endpoints = new HashSet<>();
        for (Method method : resource.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(POST.class)) {
                continue;
            }
            endpoints.add(method.getName());
            assertThat(rules).as("the rule of %s", method.getName()).containsKey(method.getName());
            assertThat(rolesAllowed(method)).as(method.getName()).isEqualTo(rules.get(method.getName()).roles());
        }
        assertThat(endpoints).isEqualTo(rules.keySet());
    }

    private static Set<String> rolesAllowed(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        return allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
    }
}
