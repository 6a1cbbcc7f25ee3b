package com.discomcare.system;

import com.discomcare.contracts.Topics;
import com.discomcare.localstack.KafkaBroker;
import com.discomcare.localstack.PostgresServer;
import com.discomcare.localstack.ServiceProcess;
import com.discomcare.localstack.Shutdown;
import com.discomcare.localstack.TopicReader;
import com.discomcare.localstack.tokens.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as an operator runs it: complaint-service and escalation-service as processes from their
 * packaged jars, on a real PostgreSQL and a real Kafka broker, with the demo policy of {@code demo/} (E1.1 URBAN
 * due 3 s after registration, on the plain clock) and its ladder (tiers at 0, 3 and 6 s after the due time, plus
 * 1 s settle time): a complaint nobody resolves reaches the circle head about 10 s after it was registered. Every
 * call is signed in with a token of the tests' own key ({@link TestTokens}), which the services started by
 * {@link ServiceProcess} trust.
 */
class EscalationEndToEndIT {

    /** The call centre: registers and looks up complaints and escalations in every district. */
    private static final String AGENT = TestTokens.as("AGENT-0042").named("Priya Nair").roles("agent").token();

    private static final Path COMPLAINT_JAR = Path.of("../complaint-service/target/quarkus-app/quarkus-run.jar");
    private static final Path ESCALATION_JAR = Path.of("../escalation-service/target/quarkus-app/quarkus-run.jar");
    /** Tier 3 falls due 10 s after registration; allow for two JVMs and a broker sharing a small machine. */
    private static final Duration LADDER_DONE = Duration.ofSeconds(30);

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static ServiceProcess complaintService;
    private static ServiceProcess escalationService;
    private static Map<String, String> escalationEnvironment;

    @BeforeAll
    static void startTheSystem() throws Exception {
        postgres = PostgresServer.start(0);
        postgres.createDatabaseIfMissing("complaints");
        postgres.createDatabaseIfMissing("escalations");
        kafka = new KafkaBroker(0, null);
        kafka.start();
        complaintService = new ServiceProcess("complaint-service", COMPLAINT_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("complaints"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "COMPLAINT_SLA_POLICY", "../demo/sla-policy-seconds.json")).start();
        escalationEnvironment = Map.of(
                "DB_URL", postgres.jdbcUrl("escalations"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "ESCALATION_LADDER", "../demo/escalation-ladder-seconds.json",
                "ESCALATION_TIMER_POLLING", "PT0.2S");
        escalationService = new ServiceProcess("escalation-service", ESCALATION_JAR, escalationEnvironment).start();
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        Shutdown.inOrder(escalationService, complaintService, kafka, postgres);
    }

    @Test
    void aComplaintNobodyResolvesClimbsToTheCircleHeadOneTierAtATime() {
        try (var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS)) {
            String rn = register("Gurugram");

            await().atMost(LADDER_DONE).until(() -> complaint(rn).getInt("escalationLevel") == 3);
            JsonPath complaint = complaint(rn);
            assertThat(complaint.getString("holder.role")).isEqualTo("CIRCLE_HEAD");
            assertThat(complaint.getString("holder.name")).isEqualTo("Rajesh Malhotra");
            assertThat(complaint.getString("status")).isEqualTo("REGISTERED");

            await().atMost(Duration.ofSeconds(10)).until(() -> raisedTiers(escalations, rn).size() == 3);
            assertThat(raisedTiers(escalations, rn)).containsExactly(1, 2, 3);
            assertThat(escalations.of(rn).stream().filter(m -> m.eventType().equals("EscalationRaised"))
                    .map(m -> m.envelope().at("/payload/role").asText()))
                    .containsExactly("CUSTOMER_SERVICE_MANAGER", "DISTRICT_MANAGER", "CIRCLE_HEAD");

            JsonPath escalationCase = given().baseUri(escalationService.baseUrl()).auth().oauth2(AGENT)
                    .get("/api/v1/escalations/{rn}", rn).then().statusCode(200).extract().jsonPath();
            assertThat(escalationCase.getInt("tier")).isEqualTo(3);
            assertThat(escalationCase.getString("holder.officer.id")).isEqualTo("CH-GGN");

            List<String> history = given().baseUri(complaintService.baseUrl()).auth().oauth2(AGENT)
                    .get("/api/v1/complaints/{rn}/history", rn).then().statusCode(200).extract()
                    .jsonPath().getList("eventType");
            assertThat(history).containsExactly("ComplaintRegistered", "ComplaintEscalated", "ComplaintEscalated",
                    "ComplaintEscalated");
        }
    }

    @Test
    void aComplaintResolvedWithinItsDueTimeIsNeverEscalated() throws Exception {
        try (var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS)) {
            String rn = register("Faridabad");
            String cro = TestTokens.as("CRO-FBD").named("Sanjay Verma").roles("cro").districts("Faridabad").token();
            step(rn, "assignment", cro, Map.of("engineerId", "JE-7", "engineerName", "Suresh Yadav",
                    "engineerPhone", "9812345678"));
            String engineer = TestTokens.as("JE-7").named("Suresh Yadav").roles("engineer").token();
            step(rn, "resolution", engineer, Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "Fuse replaced"));

            // Past the time tier 3 would have fallen due, with room to spare.
            Thread.sleep(Duration.ofSeconds(14));
            assertThat(complaint(rn).getInt("escalationLevel")).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> escalations.of(rn).size() >= 2);
            assertThat(escalations.of(rn).stream().map(TopicReader.Message::eventType))
                    .containsExactly("EscalationCaseOpened", "EscalationCaseStopped");
        }
    }

    @Test
    void theLadderGoesOnAfterEscalationServiceIsKilledMidway() throws Exception {
        try (var escalations = new TopicReader(kafka.bootstrapServers(), Topics.ESCALATIONS)) {
            String rn = register("Rewari");
            await().atMost(LADDER_DONE).until(() -> !raisedTiers(escalations, rn).isEmpty());
            escalationService.kill();
            escalationService = new ServiceProcess("escalation-service-restarted", ESCALATION_JAR,
                    escalationEnvironment).start();

            await().atMost(LADDER_DONE).until(() -> complaint(rn).getInt("escalationLevel") == 3);
            assertThat(complaint(rn).getString("holder.role")).isEqualTo("CIRCLE_HEAD");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> raisedTiers(escalations, rn).size() == 3);
            assertThat(raisedTiers(escalations, rn)).containsExactly(1, 2, 3);
        }
    }

    private static String register(String district) {
        return given().baseUri(complaintService.baseUrl()).auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("consumerNumber", "SYS-" + UUID.randomUUID().toString().substring(0, 8),
                        "name", "रमेश कुमार", "phone", "9876543210", "category", "E1.1", "areaType", "URBAN",
                        "district", district, "address", "H.No. 12, Sector 43", "description", "No supply",
                        "channel", "CALL_CENTRE"))
                .post("/api/v1/complaints")
                .then().statusCode(201).extract().path("requestNumber");
    }

    private static void step(String rn, String step, String token, Map<String, String> body) {
        given().baseUri(complaintService.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/{rn}/" + step, rn).then().statusCode(200);
    }

    private static JsonPath complaint(String rn) {
        return given().baseUri(complaintService.baseUrl()).auth().oauth2(AGENT).get("/api/v1/complaints/{rn}", rn)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Integer> raisedTiers(TopicReader escalations, String rn) {
        return escalations.of(rn).stream().filter(m -> m.eventType().equals("EscalationRaised"))
                .map(m -> m.envelope().at("/payload/tier").asInt()).toList();
    }
}
