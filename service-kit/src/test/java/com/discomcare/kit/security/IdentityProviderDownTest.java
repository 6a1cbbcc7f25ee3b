package com.discomcare.kit.security;

import com.discomcare.localstack.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A service whose identity provider cannot be reached says so (503), instead of failing (500) or blaming the caller. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.ProviderUnreachable.class)
class IdentityProviderDownTest {

    /** The provider's keys must be fetched from a server that does not answer (nothing listens on port 9). */
    public static class ProviderUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/discom-care",
                    "quarkus.oidc.public-key", "",
                    "quarkus.oidc.connection-timeout", "PT1S");
        }
    }

    @Test
    void aTokenThatCannotBeCheckedGets503AsAProblem() {
        given().auth().oauth2(TestTokens.as("ADMIN-01").roles(Roles.ADMIN).token())
                .when().get("/api/v1/dead-letters")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("title", equalTo("Sign-in unavailable"));
    }

    @Test
    void noTokenIsStill401() {
        given().when().get("/api/v1/dead-letters")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
