package com.discomcare.complaint.rest;

import com.discomcare.kit.security.AccessRule;
import com.discomcare.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @RolesAllowed} lets a role in, the endpoint's {@link ComplaintAccess} rule narrows it: the two must name
 * the same roles, or a role would pass the door and never be allowed (or be allowed without being let in).
 */
class ComplaintAccessTest {

    private static final Map<String, AccessRule> RULE_OF_METHOD = Map.ofEntries(
            Map.entry("register", ComplaintAccess.CONSUMER_CONTACT),
            Map.entry("get", ComplaintAccess.READ),
            Map.entry("history", ComplaintAccess.READ),
            Map.entry("list", ComplaintAccess.READ),
            Map.entry("assign", ComplaintAccess.MANAGE),
            Map.entry("close", ComplaintAccess.MANAGE),
            Map.entry("siteVisit", ComplaintAccess.FIELD_WORK),
            Map.entry("pause", ComplaintAccess.FIELD_WORK),
            Map.entry("resume", ComplaintAccess.FIELD_WORK),
            Map.entry("resolve", ComplaintAccess.FIELD_WORK),
            Map.entry("reopen", ComplaintAccess.CONSUMER_CONTACT),
            Map.entry("feedback", ComplaintAccess.CONSUMER_CONTACT));

    @Test
    void everyEndpointLetsInExactlyTheRolesOfItsRule() {
        Set<String> endpoints = new HashSet<>();
        for (Method method : ComplaintResource.class.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(POST.class)) {
                continue;
            }
            endpoints.add(method.getName());
            assertThat(RULE_OF_METHOD).as("the rule of %s", method.getName()).containsKey(method.getName());
            assertThat(rolesAllowed(method)).as(method.getName())
                    .isEqualTo(RULE_OF_METHOD.get(method.getName()).roles());
        }
        assertThat(endpoints).isEqualTo(RULE_OF_METHOD.keySet());
    }

    @Test
    void thePolicyIsForEveryRole() {
        assertThat(new TreeSet<>(Arrays.asList(ComplaintPolicyResource.class.getAnnotation(RolesAllowed.class).value())))
                .isEqualTo(new TreeSet<>(Roles.ALL));
    }

    private static Set<String> rolesAllowed(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        return allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
    }
}
