package com.discomcare.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Keycloak from the distribution with the repository's realm: password sign-in gives access tokens with the
 * claims the services read (roles in {@code realm_access.roles}, {@code officer_id}, {@code district}, {@code circle},
 * the services' audience), and the SMS gateway's service account signs in with its secret.
 */
class KeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresServer.start(0);
        postgres.createDatabaseIfMissing("keycloak");
        keycloak = KeycloakServer.start(Path.of("target/keycloak"), 0,
                new KeycloakServer.Database(postgres.jdbcUrl("keycloak"), PostgresServer.USER, ""),
                Path.of("target/it-logs/keycloak.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        Shutdown.inOrder(keycloak, postgres);
    }

    @Test
    void aDistrictOfficerGetsTheRosterIdDistrictAndRoleInTheAccessToken() throws Exception {
        JsonNode claims = claims(keycloak.accessToken("cro-ggn", "cro-ggn-demo"));

        assertEquals(keycloak.realmUrl(), claims.path("iss").asText());
        assertEquals("CRO-GGN", claims.path("officer_id").asText());
        assertEquals(List.of("Gurugram"), texts(claims.path("district")));
        assertTrue(texts(claims.path("realm_access").path("roles")).contains("cro"));
        assertEquals("Anita Sharma", claims.path("name").asText());
        assertEquals("cro-ggn", claims.path("preferred_username").asText());
        assertTrue(audience(claims).contains("discom-care-api"), claims.toString());
        // The realm's access token lifespan (15 minutes): long enough for a curl session, short for a stolen one
        assertEquals(900, claims.path("exp").asLong() - claims.path("iat").asLong());
    }

    @Test
    void aCircleHeadGetsEveryDistrictOfTheCircleAndTheCircle() throws Exception {
        JsonNode claims = claims(keycloak.accessToken("ch-fbd", "ch-fbd-demo"));

        assertEquals("CH-FBD", claims.path("officer_id").asText());
        assertEquals(List.of("Faridabad", "Palwal"), texts(claims.path("district")));
        assertEquals("Faridabad Circle", claims.path("circle").asText());
        assertTrue(texts(claims.path("realm_access").path("roles")).contains("circle-head"));
    }

    @Test
    void anAgentAndAnEngineerSignIn() throws Exception {
        JsonNode agent = claims(keycloak.accessToken("AGENT-0042", "agent-0042-demo")); // Keycloak lower-cases names
        assertEquals("AGENT-0042", agent.path("officer_id").asText());
        assertTrue(texts(agent.path("realm_access").path("roles")).contains("agent"));
        assertTrue(agent.path("district").isMissingNode());

        JsonNode engineer = claims(keycloak.accessToken("je-1042", "je-1042-demo"));
        assertEquals("JE-1042", engineer.path("officer_id").asText());
        assertTrue(texts(engineer.path("realm_access").path("roles")).contains("engineer"));
        assertFalse(texts(engineer.path("realm_access").path("roles")).contains("cro"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keycloak.accessToken("dm-rwr", "not-the-password"));
        assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());
    }

    @Test
    void theSmsGatewaySignsInAsAServiceAccountWithTheIntegrationRole() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                                + "&client_id=sms-gateway&client_secret=sms-gateway-demo-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());

        JsonNode claims = claims(JSON.readTree(response.body()).path("access_token").asText());
        assertEquals("SMS-GATEWAY", claims.path("officer_id").asText());
        assertTrue(texts(claims.path("realm_access").path("roles")).contains("integration"));
        assertTrue(audience(claims).contains("discom-care-api"), claims.toString());
    }

    @Test
    void theDemoUsersOfTheRealmFileAreTheRosterAndTheRestOfTheStaff() {
        List<String> usernames = KeycloakServer.demoUsers().stream().map(KeycloakServer.DemoUser::username).toList();

        assertTrue(usernames.containsAll(List.of("agent-0042", "cro-ggn", "csm-ggn", "dm-ggn", "ch-ggn", "cro-plw",
                "dm-plw", "ch-fbd", "je-1042", "je-2001", "admin-01")), usernames.toString());
        assertFalse(usernames.contains("service-account-sms-gateway"));
    }

    private static JsonNode claims(String accessToken) throws Exception {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    /** {@code aud} is a string for one audience and an array for several. */
    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    /** A JSON array's texts, or the one text of a plain value. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
