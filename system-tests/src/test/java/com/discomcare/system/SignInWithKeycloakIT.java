package com.discomcare.system;

import com.discomcare.localstack.KafkaBroker;
import com.discomcare.localstack.KeycloakServer;
import com.discomcare.localstack.PostgresServer;
import com.discomcare.localstack.ServiceProcess;
import com.discomcare.localstack.Shutdown;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
 * Sign-in as the local run has it: the real Keycloak from its distribution with the repository's realm, and
 * complaint-service and escalation-service as processes from their packaged jars that trust only that realm
 * ({@code OIDC_AUTH_SERVER_URL}). Demo users sign in with their passwords and take a complaint from registration to
 * closure; the history names each of them, and the access rules hold with real tokens.
 */
class SignInWithKeycloakIT {

    private static final Path COMPLAINT_JAR = Path.of("../complaint-service/target/quarkus-app/quarkus-run.jar");
    private static final Path ESCALATION_JAR = Path.of("../escalation-service/target/quarkus-app/quarkus-run.jar");

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KeycloakServer keycloak;
    private static ServiceProcess complaintService;
    private static ServiceProcess escalationService;

    @BeforeAll
    static void startTheSystem() throws Exception {
        postgres = PostgresServer.start(0);
        for (String database : List.of("complaints", "escalations", "keycloak")) {
            postgres.createDatabaseIfMissing(database);
        }
        kafka = new KafkaBroker(0, null);
        kafka.start();
        long keycloakStart = System.nanoTime();
        keycloak = KeycloakServer.start(Path.of("target/keycloak"), 0,
                new KeycloakServer.Database(postgres.jdbcUrl("keycloak"), PostgresServer.USER, ""),
                Path.of("target/it-logs/keycloak.log"));
        // What Keycloak adds to the run, for the report (no assertion on speed)
        System.out.printf("Keycloak served the realm %d s after its start%n",
                Duration.ofNanos(System.nanoTime() - keycloakStart).toSeconds());
        complaintService = new ServiceProcess("complaint-service-keycloak", COMPLAINT_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("complaints"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "OIDC_AUTH_SERVER_URL", keycloak.realmUrl())).start();
        escalationService = new ServiceProcess("escalation-service-keycloak", ESCALATION_JAR, Map.of(
                "DB_URL", postgres.jdbcUrl("escalations"),
                "DB_USER", PostgresServer.USER,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "OIDC_AUTH_SERVER_URL", keycloak.realmUrl())).start();
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        Shutdown.inOrder(escalationService, complaintService, keycloak, kafka, postgres);
    }

    @Test
    void demoUsersTakeAComplaintFromRegistrationToClosureAndTheHistoryNamesThem() throws Exception {
        String agent = signIn("agent-0042");
        String cro = signIn("cro-ggn");
        String engineer = signIn("je-1042");

        String rn = register(agent, "Gurugram");
        step(cro, rn, "assignment", Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav",
                "engineerPhone", "9812345678"));
        step(engineer, rn, "site-visit", Map.of("remarks", "Reached, DO fuse blown"));
        step(engineer, rn, "resolution", Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "Supply restored"));
        step(cro, rn, "closure", Map.of("remarks", "Consumer confirmed on call"));

        var history = complaints(agent).get("/api/v1/complaints/{rn}/history", rn).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("eventType")).containsExactly("ComplaintRegistered", "ComplaintAssigned",
                "SiteVisitStarted", "ComplaintResolved", "ComplaintClosed");
        assertThat(history.getList("payload.by")).containsExactly("AGENT-0042", "CRO-GGN", "JE-1042", "JE-1042",
                "CRO-GGN");
        assertThat(complaints(cro).get("/api/v1/complaints/{rn}", rn).then().statusCode(200).extract()
                .jsonPath().getString("status")).isEqualTo("CLOSED");

        // Through escalation-service too: it opened the case from complaints.v1 and stopped it at the resolution
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().baseUri(escalationService.baseUrl()).auth().oauth2(cro)
                        .get("/api/v1/escalations/{rn}", rn).then().statusCode(200).extract().jsonPath()
                        .getString("status")).isEqualTo("STOPPED"));
    }

    @Test
    void withoutATokenEveryCallIs401() {
        given().baseUri(complaintService.baseUrl()).contentType(ContentType.JSON).body(registration("Gurugram"))
                .post("/api/v1/complaints").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(complaintService.baseUrl()).get("/api/v1/complaints?district=Gurugram")
                .then().statusCode(401);
        given().baseUri(escalationService.baseUrl()).get("/api/v1/officers").then().statusCode(401);
        given().baseUri(complaintService.baseUrl()).auth().oauth2("not.a.token")
                .get("/api/v1/complaints?district=Gurugram").then().statusCode(401);
        // Operations stay open
        given().baseUri(complaintService.baseUrl()).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anEngineerCannotResolveAnotherEngineersComplaint() throws Exception {
        String rn = register(signIn("agent-0042"), "Gurugram");
        step(signIn("cro-ggn"), rn, "assignment", Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav",
                "engineerPhone", "9812345678"));

        complaints(signIn("je-1043")).contentType(ContentType.JSON)
                .body(Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "Not mine"))
                .post("/api/v1/complaints/{rn}/resolution", rn)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(complaints(signIn("cro-ggn")).get("/api/v1/complaints/{rn}", rn).then().statusCode(200)
                .extract().jsonPath().getString("status")).isEqualTo("ASSIGNED");
    }

    @Test
    void aGurugramManagerCannotActOnAFaridabadComplaint() throws Exception {
        String rn = register(signIn("agent-0042"), "Faridabad");
        String csm = signIn("csm-ggn");

        complaints(csm).contentType(ContentType.JSON)
                .body(Map.of("engineerId", "JE-2001", "engineerName", "Manoj Tiwari", "engineerPhone", "9812345679"))
                .post("/api/v1/complaints/{rn}/assignment", rn)
                .then().statusCode(403).contentType("application/problem+json");
        complaints(csm).get("/api/v1/complaints/{rn}", rn).then().statusCode(403);
        // ... while Faridabad's own officer may
        step(signIn("cro-fbd"), rn, "assignment", Map.of("engineerId", "JE-2001", "engineerName", "Manoj Tiwari",
                "engineerPhone", "9812345679"));
    }

    /** Signs in with the demo password rule of the realm file. */
    private static String signIn(String username) throws Exception {
        return keycloak.accessToken(username, username + "-demo");
    }

    private static RequestSpecification complaints(String token) {
        return given().baseUri(complaintService.baseUrl()).auth().oauth2(token);
    }

    private static String register(String token, String district) {
        return complaints(token).contentType(ContentType.JSON).body(registration(district))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("requestNumber");
    }

    private static Map<String, String> registration(String district) {
        return Map.of("consumerNumber", "KC-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "रमेश कुमार", "phone", "9876543210", "category", "E1.1", "areaType", "URBAN",
                "district", district, "address", "H.No. 12, Sector 43", "description", "No supply",
                "channel", "CALL_CENTRE");
    }

    private static void step(String token, String rn, String step, Map<String, String> body) {
        complaints(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/complaints/{rn}/" + step, rn).then().statusCode(200);
    }
}
