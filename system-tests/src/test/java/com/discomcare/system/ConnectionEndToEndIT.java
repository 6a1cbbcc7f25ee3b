package com.discomcare.system;

import com.discomcare.localstack.KafkaBroker;
import com.discomcare.localstack.PostgresServer;
import com.discomcare.localstack.ServiceProcess;
import com.discomcare.localstack.Shutdown;
import com.discomcare.localstack.tokens.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application for a new connection through all three services as processes from their packaged jars, on a real
 * PostgreSQL and Kafka broker, with the demo time limits of {@code demo/} (a day of the regulation is a second here:
 * the demand note of a domestic connection is due 7 s after registration) and the seconds-scale ladder (tiers at 0,
 * 3 and 6 s past the due time, plus 1 s settle time): an application nobody works reaches the circle head about
 * 14 s after it was registered. A released connection's consumer number is then known to complaint-service.
 */
class ConnectionEndToEndIT {

    private static final String AGENT = TestTokens.as("AGENT-0042").named("Priya Nair").roles("agent").token();
    private static final String CRO = TestTokens.as("CRO-GGN").named("Anita Sharma").roles("cro")
            .districts("Gurugram").circle("Gurugram Circle").token();
    private static final String ENGINEER = TestTokens.as("JE-1042").named("Suresh Yadav").roles("engineer")
            .districts("Gurugram").token();
    private static final String PAYMENT_GATEWAY = TestTokens.as("payment-gateway").named("Payment gateway")
            .roles("integration").token();

    private static final Path COMPLAINT_JAR = Path.of("../complaint-service/target/quarkus-app/quarkus-run.jar");
    private static final Path ESCALATION_JAR = Path.of("../escalation-service/target/quarkus-app/quarkus-run.jar");
    private static final Path CONNECTION_JAR = Path.of("../connection-service/target/quarkus-app/quarkus-run.jar");
    /** Tier 3 falls due about 14 s after registration; allow for three JVMs and a broker on a small machine. */
    private static final Duration LADDER_DONE = Duration.ofSeconds(45);

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static ServiceProcess complaintService;
    private static ServiceProcess escalationService;
    private static ServiceProcess connectionService;

    @BeforeAll
    static void startTheSystem() throws Exception {
        postgres = PostgresServer.start(0);
        for (String database : List.of("complaints", "escalations", "connections")) {
            postgres.createDatabaseIfMissing(database);
        }
        kafka = new KafkaBroker(0, null);
        kafka.start();
        connectionService = new ServiceProcess("connection-service", CONNECTION_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("connections"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "CONNECTION_SLA_POLICY", "../demo/connection-sla-policy-seconds.json")).start();
        complaintService = new ServiceProcess("complaint-service", COMPLAINT_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("complaints"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers())).start();
        escalationService = new ServiceProcess("escalation-service", ESCALATION_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("escalations"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "ESCALATION_LADDER", "../demo/escalation-ladder-seconds.json",
                "ESCALATION_TIMER_POLLING", "PT0.2S")).start();
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        Shutdown.inOrder(escalationService, complaintService, connectionService, kafka, postgres);
    }

    @Test
    void anApplicationGoesFromRegistrationThroughADeficiencyToReleaseAndItsConsumerCanComplain() {
        List<Map<String, String>> withoutOwnersConsent = documents(false);
        given().baseUri(connectionService.baseUrl()).auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(application(withoutOwnersConsent)).post("/api/v1/connection-applications")
                .then().statusCode(400).contentType("application/problem+json");

        String number = register();
        step(number, "deficiency", CRO, Map.of("missing", List.of("IDENTITY_PROOF"), "remarks", "card unreadable"));
        step(number, "resubmission", AGENT, Map.of("documents", List.of(document("PAN_CARD", "ABCDE1234F",
                "Income Tax Department"))));
        step(number, "documents-verification", CRO, Map.of());
        step(number, "inspection", ENGINEER, Map.of("outcome", "FEASIBLE", "remarks", "LT line at 30 m"));
        JsonPath demandNote = step(number, "demand-note", CRO, Map.of());
        assertThat(demandNote.getInt("demandNote.amountDue")).isEqualTo(3205);

        Map<String, Object> payment = Map.of("gatewayTransactionId", "pay_" + number, "amount", 3205);
        step(number, "payments", PAYMENT_GATEWAY, payment);
        step(number, "payments", PAYMENT_GATEWAY, payment); // the gateway's webhook, sent again
        step(number, "ready-for-release", ENGINEER, Map.of("testReportReference", "WTR-2026-118"));
        String consumerNumber = step(number, "release", ENGINEER, Map.of()).getString("release.consumerNumber");
        assertThat(consumerNumber).matches("8\\d{9}");

        List<String> history = given().baseUri(connectionService.baseUrl()).auth().oauth2(AGENT)
                .get("/api/v1/connection-applications/{n}/history", number).then().statusCode(200).extract()
                .jsonPath().getList("eventType");
        assertThat(history.stream().filter("PaymentReceived"::equals)).hasSize(1);
        assertThat(history.getLast()).isEqualTo("ConnectionReleased");

        // complaint-service learns the new consumer from connections.v1 and fills in what the agent leaves out.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath registered = given().baseUri(complaintService.baseUrl()).auth().oauth2(AGENT)
                    .contentType(ContentType.JSON)
                    .body(Map.of("consumerNumber", consumerNumber, "category", "E1.1",
                            "address", "H.No. 12, Sector 43", "description", "No supply", "channel", "CALL_CENTRE"))
                    .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
            JsonPath complaint = given().baseUri(complaintService.baseUrl()).auth().oauth2(AGENT)
                    .get("/api/v1/complaints/{rn}", registered.getString("requestNumber")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(complaint.getString("name")).isEqualTo("Ramesh Kumar");
            assertThat(complaint.getString("district")).isEqualTo("Gurugram");
        });
    }

    @Test
    void anApplicationLeftAloneClimbsToTheCircleHead() {
        String number = register();
        await().atMost(LADDER_DONE).untilAsserted(() -> {
            JsonPath escalationCase = given().baseUri(escalationService.baseUrl()).auth().oauth2(AGENT)
                    .get("/api/v1/escalations/{n}", number).then().statusCode(200).extract().jsonPath();
            assertThat(escalationCase.getInt("tier")).isEqualTo(3);
            assertThat(escalationCase.getString("holder.officer.id")).isEqualTo("CH-GGN");
        });
    }

    private static String register() {
        return given().baseUri(connectionService.baseUrl()).auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(application(documents(true))).post("/api/v1/connection-applications")
                .then().statusCode(201).extract().path("applicationNumber");
    }

    private static Map<String, Object> application(List<Map<String, String>> documents) {
        return Map.ofEntries(Map.entry("applicantType", "TENANT"), Map.entry("name", "Ramesh Kumar"),
                Map.entry("category", "DS"), Map.entry("load", 5), Map.entry("phases", 1),
                Map.entry("areaType", "METRO"), Map.entry("district", "Gurugram"),
                Map.entry("address", "H.No. 12, Sector 43"), Map.entry("premisesSqYd", 120),
                Map.entry("authorisedArea", true), Map.entry("phone", "9876543210"), Map.entry("language", "hi"),
                Map.entry("documents", documents));
    }

    private static List<Map<String, String>> documents(boolean withOwnersConsent) {
        List<Map<String, String>> documents = new ArrayList<>(List.of(
                document("AA_FORM", "AA-42", "DHBVN"),
                document("PHOTOGRAPH", "PH-1", "applicant"),
                document("HOUSE_TAX_NOTICE", "HT/43/1201", "MC Gurugram"),
                document("VOTER_CARD", "HR/01/123/456789", "Election Commission of India"),
                document("WIRING_TEST_REPORT", "WTR-118", "Sharma Electricals"),
                document("INDEMNITY_BOND", "IB-7", "Sub-registrar Gurugram")));
        if (withOwnersConsent) {
            documents.add(document("OWNER_CONSENT", "OC-7", "Sub-registrar Gurugram"));
        }
        return documents;
    }

    private static Map<String, String> document(String type, String reference, String issuedBy) {
        return Map.of("type", type, "referenceNumber", reference, "issuedBy", issuedBy);
    }

    private static JsonPath step(String number, String step, String token, Map<String, ?> body) {
        return given().baseUri(connectionService.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(body).post("/api/v1/connection-applications/{n}/" + step, number)
                .then().statusCode(200).extract().jsonPath();
    }
}
