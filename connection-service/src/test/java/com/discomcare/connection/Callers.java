package com.discomcare.connection;

import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.tokens.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Signed-in callers of the API tests with real signed tokens (local-stack's TestTokens). Most tests apply in
 * Gurugram, so the district officers and the engineer are Gurugram's.
 */
public final class Callers {

    public static final String AGENT = TestTokens.as("AGENT-0042").named("Priya Nair").roles(Roles.AGENT).token();
    public static final String CRO_GURUGRAM = TestTokens.as("CRO-GGN").named("Anita Sharma").roles(Roles.CRO)
            .districts("Gurugram").circle("Gurugram Circle").token();
    public static final String ENGINEER_GURUGRAM = TestTokens.as("JE-1042").named("Suresh Yadav").roles(Roles.ENGINEER)
            .districts("Gurugram").token();
    public static final String ADMIN = TestTokens.as("ADMIN-01").named("Rakesh Gupta").roles(Roles.ADMIN).token();
    /** The payment gateway's service account: a machine caller, named by its client. */
    public static final String PAYMENT_GATEWAY = TestTokens.as("service-account-payment-gateway")
            .roles(Roles.INTEGRATION).token();

    private Callers() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
