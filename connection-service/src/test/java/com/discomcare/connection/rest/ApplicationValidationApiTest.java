package com.discomcare.connection.rest;

import com.discomcare.connection.Callers;
import com.discomcare.connection.domain.ConnectionNumbers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.discomcare.connection.rest.ApiTestSupport.APPLICATIONS;
import static com.discomcare.connection.rest.ApiTestSupport.application;
import static com.discomcare.connection.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.connection.rest.ApiTestSupport.assertProblem;
import static com.discomcare.connection.rest.ApiTestSupport.document;
import static com.discomcare.connection.rest.ApiTestSupport.ownersDocuments;
import static com.discomcare.connection.rest.ApiTestSupport.post;
import static com.discomcare.connection.rest.ApiTestSupport.register;
import static com.discomcare.connection.rest.ApiTestSupport.step;
import static com.discomcare.connection.rest.ApiTestSupport.stepOk;
import static com.discomcare.connection.rest.ApiTestSupport.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad applications and steps are 400s that name every fault at once, and store nothing. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "connections"))
class ApplicationValidationApiTest {

    @Test
    void aTenantWithoutConsentAndBondIsToldBothSlots() {
        Response answer = post(Callers.AGENT, with(application(), "applicantType", "TENANT"));
        assertInvalid(answer, "documents")
                .body("errors.message", containsInAnyOrder(containsString("OWNER_CONSENT"), containsString("INDEMNITY_BOND")));
    }

    @Test
    void aDocumentTypeTheCategoryDoesNotAcceptAndAnUnknownTypeAreNamedByPosition() {
        List<Map<String, Object>> documents = new ArrayList<>(ownersDocuments());
        documents.add(document("LAND_REVENUE_RECORD"));
        documents.add(document("LOVE_LETTER"));
        assertInvalid(post(Callers.AGENT, with(application(), "documents", documents)),
                "documents[5].type", "documents[6].type");
    }

    @Test
    void anHtApplicationNamesEveryMissingSlotAndAWrongUnitAndPhases() {
        Map<String, Object> ht = with(with(with(application(), "category", "HT"), "loadUnit", "KW"), "phases", 2);
        Response answer = post(Callers.AGENT, ht);
        assertInvalid(answer, "documents", "loadUnit", "phases")
                .body("errors.message", hasItem(containsString("BOARD_RESOLUTION")))
                .body("errors.message", hasItem(containsString("POLLUTION_NOC")))
                .body("errors.message", hasItem(containsString("ELECTRICAL_INSPECTOR_APPROVAL")));
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        Map<String, Object> body = new HashMap<>(application());
        for (String field : List.of("applicantType", "category", "load", "phases", "areaType", "district",
                "premisesSqYd", "authorisedArea", "phone", "documents")) {
            body.remove(field);
        }
        assertInvalid(post(Callers.AGENT, body), "applicantType", "category", "load", "phases", "areaType",
                "district", "premisesSqYd", "authorisedArea", "phone", "documents");
    }

    @Test
    void theActorComesFromTheTokenNeverFromTheBody() {
        assertInvalid(post(Callers.AGENT, with(application(), "by", "SOMEONE-ELSE")), "by");
    }

    @Test
    void refusedApplicationsStoreNothing() {
        String phone = "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        Map<String, Object> mine = with(application(), "phone", phone);
        assertInvalid(post(Callers.AGENT, with(mine, "applicantType", "TENANT")), "documents");
        assertInvalid(post(Callers.AGENT, with(mine, "load", 0)), "load");
        String registered = register(mine);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Callers.as(Callers.AGENT).queryParam("phone", phone).get(APPLICATIONS)
                        .then().statusCode(200).extract().jsonPath().getList("items.applicationNumber", String.class))
                .containsExactly(registered));
    }

    @Test
    void aNumberWithAWrongCheckDigitIsA400AndAnUnknownOneA404() {
        String n = register(application());
        String wrong = n.substring(0, 12) + (char) ('0' + (n.charAt(12) - '0' + 1) % 10);
        assertInvalid(Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}", wrong), "applicationNumber");
        assertInvalid(Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}", "6260000000016"), "applicationNumber");
        String unknown = ConnectionNumbers.format(ConnectionNumbers.Kind.APPLICATION, 2099, 1);
        assertProblem(Callers.as(Callers.AGENT).get(APPLICATIONS + "/{n}", unknown), 404);
        assertProblem(step(Callers.CRO_GURUGRAM, unknown, "documents-verification", Map.of()), 404);
    }

    @Test
    void aDeficiencyNamesSlotsOfTheChecklistAndAResubmissionFillsThem() {
        String n = register(application());
        assertInvalid(step(Callers.CRO_GURUGRAM, n, "deficiency", Map.of("missing", List.of("BOARD_RESOLUTION"))),
                "missing[0]");
        assertInvalid(step(Callers.CRO_GURUGRAM, n, "deficiency", Map.of("missing", List.of())), "missing");
        stepOk(Callers.CRO_GURUGRAM, n, "deficiency", Map.of("missing", List.of("IDENTITY_PROOF", "PHOTOGRAPH")));
        assertInvalid(step(Callers.AGENT, n, "resubmission", Map.of("documents", List.of(document("PAN_CARD")))),
                "documents").body("errors[0].message", containsString("PHOTOGRAPH"));
        stepOk(Callers.AGENT, n, "resubmission", Map.of("documents", List.of(document("PAN_CARD"), document("PHOTOGRAPH"))))
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void aPaymentNeedsATransactionIdAndAWholePositiveAmount() {
        String n = register(application());
        assertInvalid(step(Callers.PAYMENT_GATEWAY, n, "payments", Map.of("gatewayTransactionId", "pay 1", "amount", 0)),
                "gatewayTransactionId", "amount");
    }
}
