package com.discomcare.contracts.escalation;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the JSON of every public escalation event, as complaint-service and later notification-service read it. */
class EscalationEventShapeTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Instant AT = Instant.parse("2026-11-23T13:30:00Z");
    private static final Instant NEXT = Instant.parse("2026-11-23T17:30:00Z");
    private static final String RN = "260000000429";
    private static final Officer CSM = new Officer("CSM-GGN", "Vikram Yadav", "9810000012");
    private static final String CSM_JSON = "{\"id\":\"CSM-GGN\",\"name\":\"Vikram Yadav\",\"phone\":\"9810000012\"}";

    private static final Map<EscalationEvent, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put(new EscalationCaseOpened(RN, "E1.1", "Gurugram", AT, CSM, CSM, AT, AT),
                "{\"requestNumber\":\"260000000429\",\"caseType\":\"E1.1\",\"district\":\"Gurugram\","
                        + "\"dueAt\":\"2026-11-23T13:30:00Z\",\"holder\":" + CSM_JSON + ",\"relationshipManager\":" + CSM_JSON
                        + ",\"nextTierDueAt\":\"2026-11-23T13:30:00Z\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, "Gurugram",
                        Duration.ofMinutes(5), NEXT, AT),
                "{\"requestNumber\":\"260000000429\",\"tier\":1,\"role\":\"CUSTOMER_SERVICE_MANAGER\",\"officer\":" + CSM_JSON
                        + ",\"district\":\"Gurugram\",\"overdueBy\":\"PT5M\",\"nextTierDueAt\":\"2026-11-23T17:30:00Z\","
                        + "\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new RosterGap(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, "Palwal", AT),
                "{\"requestNumber\":\"260000000429\",\"tier\":1,\"role\":\"CUSTOMER_SERVICE_MANAGER\",\"district\":\"Palwal\","
                        + "\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new EscalationCaseStopped(RN, "ComplaintResolved", AT),
                "{\"requestNumber\":\"260000000429\",\"reason\":\"ComplaintResolved\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new EscalationClockPaused(RN, AT),
                "{\"requestNumber\":\"260000000429\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new EscalationClockResumed(RN, NEXT, NEXT, AT),
                "{\"requestNumber\":\"260000000429\",\"dueAt\":\"2026-11-23T17:30:00Z\",\"nextTierDueAt\":\"2026-11-23T17:30:00Z\","
                        + "\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new EscalationCaseRestarted(RN, NEXT, CSM, NEXT, AT),
                "{\"requestNumber\":\"260000000429\",\"dueAt\":\"2026-11-23T17:30:00Z\",\"holder\":" + CSM_JSON
                        + ",\"nextTierDueAt\":\"2026-11-23T17:30:00Z\",\"at\":\"2026-11-23T13:30:00Z\"}");
    }

    /** Cases opened before relationship managers were named read back without one. */
    @Test
    void anOpenedCaseWithoutARelationshipManagerReadsBack() throws Exception {
        String before = "{\"requestNumber\":\"260000000429\",\"caseType\":\"E1.1\",\"district\":\"Gurugram\","
                + "\"dueAt\":\"2026-11-23T13:30:00Z\",\"holder\":" + CSM_JSON + ",\"nextTierDueAt\":\"2026-11-23T13:30:00Z\","
                + "\"at\":\"2026-11-23T13:30:00Z\"}";
        assertThat(JSON.readValue(before, EscalationCaseOpened.class))
                .isEqualTo(new EscalationCaseOpened(RN, "E1.1", "Gurugram", AT, CSM, null, AT, AT));
    }

    @Test
    void everyEventTypeIsPinned() {
        assertThat(PINNED.keySet().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(EscalationEvent.class.getPermittedSubclasses()));
    }

    @Test
    void eachEventSerializesToItsPinnedShapeAndReadsBack() throws Exception {
        for (var pinned : PINNED.entrySet()) {
            assertThat(JSON.writeValueAsString(pinned.getKey())).as(pinned.getKey().getClass().getSimpleName())
                    .isEqualTo(pinned.getValue());
            assertThat(JSON.readValue(pinned.getValue(), pinned.getKey().getClass())).isEqualTo(pinned.getKey());
        }
    }
}
