package com.discomcare.contracts.connection;

import com.discomcare.contracts.JsonMapping;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.escalation.Officer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of every public connection event: escalation-service and complaint-service parse these payloads,
 * so a change here is a contract change (bump schemaVersion or add fields only).
 */
class ConnectionEventShapeTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Instant AT = Instant.parse("2026-11-23T13:30:00Z");
    private static final Instant DUE = Instant.parse("2026-11-26T13:30:00Z");
    private static final String AN = "5260000000428";
    private static final String SR = "6260000000016";
    private static final String ACTOR = "\"by\":\"CRO-GGN\",\"byName\":\"Anita Sharma\",\"byRole\":\"cro\",\"at\":\"2026-11-23T13:30:00Z\"}";
    private static final SubmittedDocument VOTER_CARD = new SubmittedDocument("VOTER_CARD", "HR/01/123/456789", "Election Commission of India");
    private static final String VOTER_CARD_JSON = "{\"type\":\"VOTER_CARD\",\"referenceNumber\":\"HR/01/123/456789\","
            + "\"issuedBy\":\"Election Commission of India\"}";

    private static final Map<ConnectionEvent, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put(new ApplicationRegistered(AN, "NEW_CONNECTION", ApplicantType.TENANT, "Ramesh Kumar", ConnectionCategory.DS,
                        new BigDecimal("4.2"), LoadUnit.KW, 1, ConnectionAreaType.METRO, "Gurugram", "H.No. 12, Sector 43",
                        120, true, "9876543210", Language.HINDI, List.of(VOTER_CARD), "DEMAND_NOTE", DUE,
                        "AGENT-1", "Asha Verma", "agent", AT),
                "{\"requestNumber\":\"5260000000428\",\"requestType\":\"NEW_CONNECTION\",\"applicantType\":\"TENANT\","
                        + "\"name\":\"Ramesh Kumar\",\"category\":\"DS\",\"load\":4.2,\"loadUnit\":\"KW\",\"phases\":1,"
                        + "\"areaType\":\"METRO\",\"district\":\"Gurugram\",\"address\":\"H.No. 12, Sector 43\",\"premisesSqYd\":120,"
                        + "\"authorisedArea\":true,\"phone\":\"9876543210\",\"language\":\"hi\",\"documents\":[" + VOTER_CARD_JSON + "],"
                        + "\"stage\":\"DEMAND_NOTE\",\"dueAt\":\"2026-11-26T13:30:00Z\","
                        + "\"by\":\"AGENT-1\",\"byName\":\"Asha Verma\",\"byRole\":\"agent\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new DocumentsVerified(AN, "originals seen", "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"remarks\":\"originals seen\"," + ACTOR);
        PINNED.put(new DeficiencyNoted(AN, List.of("OWNER_CONSENT", "INDEMNITY_BOND"), "tenant", "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"missing\":[\"OWNER_CONSENT\",\"INDEMNITY_BOND\"],\"remarks\":\"tenant\"," + ACTOR);
        PINNED.put(new DocumentsResubmitted(AN, List.of(VOTER_CARD), Duration.ofHours(26), DUE, "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"documents\":[" + VOTER_CARD_JSON + "],\"pausedFor\":\"PT26H\","
                        + "\"dueAt\":\"2026-11-26T13:30:00Z\"," + ACTOR);
        PINNED.put(new SiteInspected(AN, InspectionOutcome.NEEDS_EXTENSION, "new pole", "DEMAND_NOTE", DUE,
                        "JE-GGN-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"5260000000428\",\"outcome\":\"NEEDS_EXTENSION\",\"remarks\":\"new pole\","
                        + "\"stage\":\"DEMAND_NOTE\",\"dueAt\":\"2026-11-26T13:30:00Z\","
                        + "\"by\":\"JE-GGN-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new DemandNoteIssued(AN, List.of(new ChargeItem("PROCESSING", "Processing fee", 5),
                        new ChargeItem("CONSUMPTION_DEPOSIT", "Consumption deposit, 5 kW x Rs 500", 2500)),
                        "DHBVN-2024-01", 2505, List.of(2505L), "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"charges\":[{\"code\":\"PROCESSING\",\"description\":\"Processing fee\",\"amount\":5},"
                        + "{\"code\":\"CONSUMPTION_DEPOSIT\",\"description\":\"Consumption deposit, 5 kW x Rs 500\",\"amount\":2500}],"
                        + "\"tariffVersion\":\"DHBVN-2024-01\",\"amountDue\":2505,\"instalments\":[2505]," + ACTOR);
        PINNED.put(new PaymentReceived(AN, "pay_Nx81", 2505, 1, 0, "RELEASE", DUE,
                        "service-account-payment-gateway", "service-account-payment-gateway", "integration", AT),
                "{\"requestNumber\":\"5260000000428\",\"gatewayTransactionId\":\"pay_Nx81\",\"amount\":2505,\"instalment\":1,"
                        + "\"balanceDue\":0,\"stage\":\"RELEASE\",\"dueAt\":\"2026-11-26T13:30:00Z\",\"by\":\"service-account-payment-gateway\","
                        + "\"byName\":\"service-account-payment-gateway\",\"byRole\":\"integration\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ReadyForRelease(AN, "WTR-2026-118", "meter fixed", "JE-GGN-1", "Suresh Yadav", "engineer", AT),
                "{\"requestNumber\":\"5260000000428\",\"testReportReference\":\"WTR-2026-118\",\"remarks\":\"meter fixed\","
                        + "\"by\":\"JE-GGN-1\",\"byName\":\"Suresh Yadav\",\"byRole\":\"engineer\",\"at\":\"2026-11-23T13:30:00Z\"}");
        PINNED.put(new ConnectionReleased(AN, "7100000012", "Ramesh Kumar", "9876543210", "Gurugram", ConnectionAreaType.METRO,
                        ConnectionCategory.LT_INDUSTRIAL, new BigDecimal("45"), LoadUnit.KW,
                        new Officer("RM-GGN-1", "Neha Gupta", "9810000021"), true, "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"consumerNumber\":\"7100000012\",\"name\":\"Ramesh Kumar\","
                        + "\"phone\":\"9876543210\",\"district\":\"Gurugram\",\"areaType\":\"METRO\",\"category\":\"LT_INDUSTRIAL\","
                        + "\"load\":45,\"loadUnit\":\"KW\",\"relationshipManager\":{\"id\":\"RM-GGN-1\",\"name\":\"Neha Gupta\","
                        + "\"phone\":\"9810000021\"},\"withinDueTime\":true," + ACTOR);
        PINNED.put(new ApplicationWithdrawn(AN, "moved away", "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"reason\":\"moved away\"," + ACTOR);
        PINNED.put(new ApplicationRejected(AN, "no line within 2 km", "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"5260000000428\",\"reason\":\"no line within 2 km\"," + ACTOR);
        PINNED.put(new ServiceRequestRegistered(SR, "NAME_CHANGE", null, "1102345678", "Sita Devi", "9876543210", "Gurugram",
                        ConnectionAreaType.MUNICIPAL, Language.ENGLISH, "after the owner's death", null, null, null, List.of(VOTER_CARD),
                        List.of("DOCUMENTS_VERIFIED"), "NAME_CHANGE", DUE, "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"6260000000016\",\"requestType\":\"NAME_CHANGE\",\"condition\":null,\"consumerNumber\":\"1102345678\","
                        + "\"name\":\"Sita Devi\",\"phone\":\"9876543210\",\"district\":\"Gurugram\",\"areaType\":\"MUNICIPAL\","
                        + "\"language\":\"en\",\"details\":\"after the owner's death\",\"category\":null,\"load\":null,\"loadUnit\":null,\"documents\":[" + VOTER_CARD_JSON + "],"
                        + "\"steps\":[\"DOCUMENTS_VERIFIED\"],\"stage\":\"NAME_CHANGE\",\"dueAt\":\"2026-11-26T13:30:00Z\"," + ACTOR);
        PINNED.put(new ServiceRequestStepRecorded(SR, "DOCUMENTS_VERIFIED", "ok", "NAME_CHANGE", DUE, "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"6260000000016\",\"step\":\"DOCUMENTS_VERIFIED\",\"remarks\":\"ok\",\"stage\":\"NAME_CHANGE\","
                        + "\"dueAt\":\"2026-11-26T13:30:00Z\"," + ACTOR);
        PINNED.put(new ServiceRequestCompleted(SR, "name changed in billing", false, "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"6260000000016\",\"remarks\":\"name changed in billing\",\"withinDueTime\":false," + ACTOR);
        PINNED.put(new ServiceRequestRejected(SR, "not the owner", "CRO-GGN", "Anita Sharma", "cro", AT),
                "{\"requestNumber\":\"6260000000016\",\"reason\":\"not the owner\"," + ACTOR);
    }

    @Test
    void everyEventTypeIsPinned() {
        assertThat(PINNED.keySet().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(ConnectionEvent.class.getPermittedSubclasses()));
    }

    @Test
    void eachEventSerializesToItsPinnedShape() throws Exception {
        for (var pinned : PINNED.entrySet()) {
            assertThat(JSON.writeValueAsString(pinned.getKey()))
                    .as(pinned.getKey().getClass().getSimpleName())
                    .isEqualTo(pinned.getValue());
        }
    }

    @Test
    void eachPinnedShapeReadsBackToTheSameEvent() throws Exception {
        for (var pinned : PINNED.entrySet()) {
            assertThat(JSON.readValue(pinned.getValue(), pinned.getKey().getClass()))
                    .as(pinned.getKey().getClass().getSimpleName())
                    .isEqualTo(pinned.getKey());
        }
    }

    /** A payment before the demand note is paid in full starts no clock: stage and due time are absent. */
    @Test
    void aPartPaymentReadsWithoutStageAndDueTime() throws Exception {
        String firstInstalment = "{\"requestNumber\":\"5260000000428\",\"gatewayTransactionId\":\"pay_1\",\"amount\":1200,"
                + "\"instalment\":1,\"balanceDue\":2400,\"stage\":null,\"dueAt\":null,\"by\":\"pg\",\"byName\":\"pg\","
                + "\"byRole\":\"integration\",\"at\":\"2026-11-23T13:30:00Z\"}";
        assertThat(JSON.readValue(firstInstalment, PaymentReceived.class))
                .isEqualTo(new PaymentReceived(AN, "pay_1", 1200, 1, 2400, null, null, "pg", "pg", "integration", AT));
    }
}
