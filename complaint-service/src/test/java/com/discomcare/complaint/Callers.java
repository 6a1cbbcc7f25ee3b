package com.discomcare.complaint;

import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.tokens.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Signed-in callers of the API tests, people of the sample roster with real signed tokens (local-stack's
 * TestTokens). Most tests register in Gurugram and assign to JE-1042, so the district officers are Gurugram's.
 */
public final class Callers {

    public static final String AGENT = TestTokens.as("AGENT-0042").named("Priya Nair").roles(Roles.AGENT).token();
    public static final String CRO_GURUGRAM = TestTokens.as("CRO-GGN").named("Anita Sharma").roles(Roles.CRO)
            .districts("Gurugram").circle("Gurugram Circle").token();
    public static final String ENGINEER = TestTokens.as("JE-1042").named("Suresh Yadav").roles(Roles.ENGINEER)
            .districts("Gurugram").token();
    public static final String ADMIN = TestTokens.as("ADMIN-01").named("Rakesh Gupta").roles(Roles.ADMIN).token();
    /** The SMS gateway's service account: a machine caller, named by its client, in every district. */
    public static final String SMS_GATEWAY = TestTokens.as("service-account-sms-gateway").roles(Roles.INTEGRATION)
            .token();

    private Callers() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification asAgent() {
        return as(AGENT);
    }

    public static RequestSpecification asCro() {
        return as(CRO_GURUGRAM);
    }

    public static RequestSpecification asEngineer() {
        return as(ENGINEER);
    }

    /**
     * Who takes {@code step} (the path's last segment) on a Gurugram complaint assigned to JE-1042: the CRO assigns
     * and closes, the engineer works on it, the agent reopens and records feedback.
     */
    public static String forStep(String step) {
        return switch (step) {
            case "assignment", "closure" -> CRO_GURUGRAM;
            case "site-visit", "pause", "resume", "resolution" -> ENGINEER;
            case "reopening", "feedback" -> AGENT;
            default -> throw new IllegalArgumentException("no such step: " + step);
        };
    }
}
