package com.discomcare.contracts.complaint;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of every public complaint event: consumers in other services parse these payloads, so a change
 * here is a contract change (bump schemaVersion or add fields only).
 */
class ComplaintEventShapeTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Instant AT = Instant.parse("2026-11-23T13:30:00Z");
    private static final String RN = "260000000429";

    private static final Map<ComplaintEvent, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put(new ComplaintRegistered(RN, "1102345678", "रमेश", "9876543210", "E1.1", AreaType.URBAN, "Gurugram",
                        "Sector 43", "No supply", Channel.CALL_CENTRE, Language.HINDI, ClockType.WORKING_HOURS,
                        Instant.parse("2026-11-24T05:30:00Z"), "AGENT-1", "Asha Verma", "agent", AT),
                "{\"requestNumber\":\"260000000429\",\"consumerNumber\":\"1102345678\",\"name\":\"रमेश\","
                        + "\"phone\":\"9876543210\",\"category\":\"E1.1\",\"areaType\":\"URBAN\",\"district\":\"Gurugram\","
                        + "\"address\":\"Sector 43\",\"description\":\"No supply\",\"channel\":\"CALL_CENTRE\","
                        + "\"language\":\"hi\",\"clock\":\"WORKING_HOURS\",\"dueAt\":\"2026-11-24T05:30:00Z\","
                        + "\"by\":\"AGENT-1\",\"byName\":\"Asha Verma\",\"byRole\":\"agent\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintRepeated(RN, "9876543210", Channel.SMS, 2, "service-account-sms-gateway", "service-account-sms-gateway", "integration", AT),
                "{\"requestNumber\":\"260000000429\",\"phone\":\"9876543210\",\"channel\":\"SMS\",\"callCount\":2,"
                        + "\"by\":\"service-account-sms-gateway\",\"byName\":\"service-account-sms-gateway\",\"byRole\":\"integration\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintAssigned(RN, "JE-1", "Suresh", "9812345678", "CRO-1", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"260000000429\",\"engineerId\":\"JE-1\",\"engineerName\":\"Suresh\","
                        + "\"engineerPhone\":\"9812345678\",\"by\":\"CRO-1\",\"byName\":\"Anita Sharma\",\"byRole\":\"cro\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new SiteVisitStarted(RN, "reached", "JE-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"260000000429\",\"remarks\":\"reached\",\"by\":\"JE-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintResolved(RN, ResolutionCode.FUSE_REPLACED, "done", true, "JE-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"260000000429\",\"resolutionCode\":\"FUSE_REPLACED\",\"remarks\":\"done\","
                        + "\"withinDueTime\":true,\"by\":\"JE-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintClosed(RN, "confirmed", "CRO-1", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"260000000429\",\"remarks\":\"confirmed\",\"by\":\"CRO-1\",\"byName\":\"Anita Sharma\",\"byRole\":\"cro\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintReopened(RN, "again", Instant.parse("2026-11-24T05:30:00Z"), "AGENT-1", "Asha Verma", "agent", AT),
                "{\"requestNumber\":\"260000000429\",\"reason\":\"again\",\"dueAt\":\"2026-11-24T05:30:00Z\","
                        + "\"by\":\"AGENT-1\",\"byName\":\"Asha Verma\",\"byRole\":\"agent\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new FeedbackGiven(RN, 4, "good", "AGENT-1", "Asha Verma", "agent", AT),
                "{\"requestNumber\":\"260000000429\",\"rating\":4,\"comment\":\"good\",\"by\":\"AGENT-1\",\"byName\":\"Asha Verma\",\"byRole\":\"agent\","
                        + "\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintPaused(RN, PauseReason.ROAD_DIGGING_PERMISSION_AWAITED, "permit", "JE-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"260000000429\",\"reason\":\"ROAD_DIGGING_PERMISSION_AWAITED\",\"remarks\":\"permit\","
                        + "\"by\":\"JE-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintResumed(RN, Duration.ofMinutes(90), Instant.parse("2026-11-24T07:00:00Z"), "JE-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"260000000429\",\"pausedFor\":\"PT1H30M\",\"dueAt\":\"2026-11-24T07:00:00Z\","
                        + "\"by\":\"JE-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ComplaintEscalated(RN, 2, "DISTRICT_MANAGER", "DM-GGN", "Sunita Rao", "9810000013",
                        "5f0c6c2e-8d4b-4c39-9a57-1c2b3d4e5f60", "escalation-service", "escalation-service", null, AT),
                "{\"requestNumber\":\"260000000429\",\"tier\":2,\"role\":\"DISTRICT_MANAGER\",\"officerId\":\"DM-GGN\","
                        + "\"officerName\":\"Sunita Rao\",\"officerPhone\":\"9810000013\","
                        + "\"escalationEventId\":\"5f0c6c2e-8d4b-4c39-9a57-1c2b3d4e5f60\",\"by\":\"escalation-service\",\"byName\":\"escalation-service\",\"byRole\":null,"
                        + "\"at\":\"2026-11-23T13:30:00Z\"}");
    }

    @Test
    void everyEventTypeIsPinned() {
        assertThat(PINNED.keySet().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(ComplaintEvent.class.getPermittedSubclasses()));
    }

    @Test
    void eachEventSerializesToItsPinnedShape() throws Exception {
        for (var pinned : PINNED.entrySet()) {
            assertThat(JSON.writeValueAsString(pinned.getKey()))
                    .as(pinned.getKey().getClass().getSimpleName())
                    .isEqualTo(pinned.getValue());
        }
    }

    /** Events stored before sign-in existed name only {@code by}: they still read, without name and role. */
    @Test
    void anEventWithoutActorNameAndRoleStillReads() throws Exception {
        String beforeSignIn = "{\"requestNumber\":\"260000000429\",\"remarks\":\"confirmed\",\"by\":\"CRO-1\","
                + "\"at\":\"2026-11-23T13:30:00Z\"}";
        assertThat(JSON.readValue(beforeSignIn, ComplaintClosed.class))
                .isEqualTo(new ComplaintClosed(RN, "confirmed", "CRO-1", null, null, AT));
    }

    @Test
    void eachPinnedShapeReadsBackToTheSameEvent() throws Exception {
        for (var pinned : PINNED.entrySet()) {
            assertThat(JSON.readValue(pinned.getValue(), pinned.getKey().getClass())).isEqualTo(pinned.getKey());
        }
    }
}
