package com.discomcare.escalation.it;

import com.discomcare.kit.security.Roles;
import com.discomcare.localstack.tokens.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Signed-in callers for escalation tests: the sample roster's officers with the claims the realm gives them, plus a
 * call-centre agent, an engineer, an admin, a machine caller and a user without any role. Each token is signed
 * when asked for, so it is fresh however long the tests run.
 */
public enum Staff {
    AGENT("AGENT-1", "Ritu Agent", Roles.AGENT, null),
    INTEGRATION("SMS-GATEWAY", "SMS gateway", Roles.INTEGRATION, null),
    ADMIN("ADMIN-1", "Roster Admin", Roles.ADMIN, null),
    ENGINEER_GURUGRAM("JE-GGN-1", "Ravi Engineer", Roles.ENGINEER, "Gurugram Circle", "Gurugram"),
    CRO_GURUGRAM("CRO-GGN", "Anita Sharma", Roles.CRO, "Gurugram Circle", "Gurugram"),
    CSM_GURUGRAM("CSM-GGN", "Vikram Yadav", Roles.CSM, "Gurugram Circle", "Gurugram"),
    DM_GURUGRAM("DM-GGN", "Sunita Rao", Roles.DM, "Gurugram Circle", "Gurugram"),
    CSM_FARIDABAD("CSM-FBD", "Pooja Jain", Roles.CSM, "Faridabad Circle", "Faridabad"),
    /** The head of Gurugram Circle, which has the districts Gurugram and Rewari. */
    CIRCLE_HEAD_GURUGRAM("CH-GGN", "Rajesh Malhotra", Roles.CIRCLE_HEAD, "Gurugram Circle", "Gurugram", "Rewari"),
    /** Signed in, but given no role in the realm. */
    NO_ROLE("NEW-1", "Not Yet Onboarded", null, null);

    private final String id;
    private final String name;
    private final String role;
    private final String circle;
    private final String[] districts;

    Staff(String id, String name, String role, String circle, String... districts) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.circle = circle;
        this.districts = districts;
    }

    public String id() {
        return id;
    }

    /** The caller's token, not yet signed: tests derive expired, foreign or forged tokens from it. */
    public TestTokens.Caller caller() {
        TestTokens.Caller caller = TestTokens.as(id).named(name).districts(districts);
        if (role != null) {
            caller.roles(role);
        }
        if (circle != null) {
            caller.circle(circle);
        }
        return caller;
    }

    public String token() {
        return caller().token();
    }

    /** A RestAssured request carrying this caller's token. */
    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + token());
    }
}
