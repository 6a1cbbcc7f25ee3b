package com.discomcare.complaint.rest;

import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import com.discomcare.localstack.hostile.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.complaint.rest.ApiTestSupport.assertNothingStoredFor;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.historySize;
import static com.discomcare.complaint.rest.ApiTestSupport.post;
import static com.discomcare.complaint.rest.ApiTestSupport.step;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ApiTestSupport.with;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Input that can never get through: control characters and lone surrogates in any text, a JSON value of the
 * wrong type, over-long URIs and headers. Each is a 400 (or 414/431) problem naming what is wrong, and changes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class TextAndTypeRulesApiTest {

    private static final String[] SINGLE_LINE_REGISTRATION_FIELDS =
            {"consumerNumber", "name", "phone", "category", "district"};
    private static final String[] FREE_TEXT_REGISTRATION_FIELDS = {"address", "description"};

    @Test
    void aControlCharacterInAnyRegistrationFieldIsRejectedNamingTheField() {
        String consumer = uniqueConsumer("TXT");
        for (String field : SINGLE_LINE_REGISTRATION_FIELDS) {
            for (String bad : new String[]{"A\u0000B", "A\u001bB", "A\nB", "A\tB", "A\u0085B"}) {
                assertInvalid(post(with(complaint(consumer, "E1.1"), field, bad)), field);
            }
        }
        for (String field : FREE_TEXT_REGISTRATION_FIELDS) {
            for (String bad : new String[]{"A\u0000B", "A\u001bB", "A\u007fB", "A\u000bB"}) {
                assertInvalid(post(with(complaint(consumer, "E1.1"), field, bad)), field)
                        .body("errors[0].message", containsString("control characters"));
            }
        }
        assertNothingStoredFor(consumer);
    }

    @Test
    void freeTextMayHaveLineBreaksAndTabs() {
        String rn = register(with(complaint(uniqueConsumer("TXT"), "E1.1"), "address", "H.No. 12\r\n\tSector 43"));
        Callers.asAgent().get(COMPLAINTS + "/{rn}", rn).then().statusCode(200).body("address", equalTo("H.No. 12\r\n\tSector 43"));
    }

    @Test
    void aLoneSurrogateIsRejectedWhetherEscapedInJsonOrSentAsRawBytes() {
        String consumer = uniqueConsumer("TXT");
        String escaped = "{\"consumerNumber\":\"" + consumer + "\",\"name\":\"Asha \\ud800\",\"phone\":\"9876543210\","
                + "\"category\":\"E1.1\",\"areaType\":\"URBAN\",\"district\":\"Gurugram\",\"address\":\"Sector 43\","
                + "\"description\":\"x\\udc00y\",\"channel\":\"CALL_CENTRE\"}";
        assertInvalid(Callers.asAgent().contentType(ContentType.JSON).body(escaped).post(COMPLAINTS), "name", "description")
                .body("errors.message", org.hamcrest.Matchers.everyItem(containsString("surrogate")));
        // "\ud800" encoded as UTF-8 would be (CESU-8 bytes ED A0 80): not valid UTF-8.
        String withPlaceholder = escaped.replace("Asha \\ud800", "Asha @@").replace("x\\udc00y", "xy");
        byte[] cesu = new String(withPlaceholder.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .replace("@@", "\u00ed\u00a0\u0080").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer raw = RawHttp.send(RestAssured.port, rawPost(COMPLAINTS, cesu));
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.contentType()).startsWith("application/problem+json");
        assertNothingStoredFor(consumer);
    }

    @Test
    void everyStepFieldRejectsControlCharactersNamingTheField() {
        String rn = register(complaint(uniqueConsumer("TXT"), "E1.2"));
        Map<String, Object> assign = Map.of("engineerId", "JE-1", "engineerName", "Suresh", "engineerPhone",
                "9812345678");
        for (String field : assign.keySet()) {
            assertInvalid(step(rn, "assignment", with(assign, field, "J\u0000E")), field);
        }
        assertInvalid(step(rn, "pause", Map.of("reason", "CONSUMER_NOT_AVAILABLE", "remarks", "lock\u0000ed")),
                "remarks");
        assertInvalid(step(rn, "site-visit", Map.of("remarks", "\u001b[2J")), "remarks");
        assertInvalid(step(rn, "resolution", Map.of("resolutionCode", "FUSE_REPLACED", "remarks", "x\ud800")),
                "remarks");
        assertInvalid(step(rn, "closure", Map.of("remarks", "\u0000")), "remarks");
        assertInvalid(step(rn, "reopening", Map.of("reason", "again\u0000")), "reason");
        assertInvalid(step(rn, "feedback", Map.of("rating", 4, "comment", "\u0007")), "comment");
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"district", "consumerNumber", "status", "phone", "page", "size"})
    void aControlCharacterInAQueryParameterIsRejectedBeforeAnyQuery(String parameter) {
        assertInvalid(Callers.asAgent().queryParam(parameter, "Guru\u0000gram").get(COMPLAINTS), parameter);
    }

    @Test
    void aControlCharacterInThePathOrAHeaderIsRejected() {
        assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}", "26000\u0000000012"), "requestNumber");
        assertInvalid(Callers.asAgent().urlEncodingEnabled(false).get(COMPLAINTS + "/%00/history"), "requestNumber");
        String rn = register(complaint(uniqueConsumer("TXT"), "E1.2"));
        // Byte 0x85 in a header is read as U+0085 (NEL, a C1 control); HTTP clients will not send it, so raw.
        String body = "{\"reason\":\"CONSUMER_NOT_AVAILABLE\"}";
        byte[] request = ("POST " + COMPLAINTS + "/" + rn + "/pause HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Callers.ENGINEER + "\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nX-Correlation-Id: a\u0085b\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.bodyText()).contains("\"field\":\"correlationId\"");
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRejectedNotConverted() {
        String consumer = uniqueConsumer("TYP");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "name", 5)), "name");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "district", true)), "district");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "address", 1.5)), "address");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "areaType", 0)), "areaType");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "channel", true)), "channel");
        assertInvalid(post(with(complaint(consumer, "E1.1"), "language", "")), "language");
        assertNothingStoredFor(consumer);

        String rn = register(complaint(uniqueConsumer("TYP"), "E1.2"));
        assertInvalid(step(rn, "pause", Map.of("reason", "CONSUMER_NOT_AVAILABLE", "remarks", 5)), "remarks");
        assertInvalid(step(rn, "pause", Map.of("reason", 1)), "reason");
        assertInvalid(step(rn, "site-visit", Map.of("remarks", 42)), "remarks");
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @Test
    void aRatingMustBeAWholeJsonNumber() {
        String rn = register(complaint(uniqueConsumer("TYP"), "E1.2"));
        for (Object rating : new Object[]{"4", 4.5, true}) {
            assertInvalid(step(rn, "feedback", Map.of("rating", rating)), "rating");
        }
    }

    @Test
    void aFieldNamedTwiceIsAMalformedBody() {
        String rn = register(complaint(uniqueConsumer("TYP"), "E1.2"));
        assertProblem(Callers.asEngineer().contentType(ContentType.JSON)
                .body("{\"reason\":\"CONSUMER_NOT_AVAILABLE\",\"reason\":\"ROAD_DIGGING_PERMISSION_AWAITED\"}")
                .post(COMPLAINTS + "/{rn}/pause", rn), 400);
        assertThat(historySize(rn)).isEqualTo(1);
    }

    @Test
    void anOverLongUriIsAProblemDocument() {
        assertProblem(Callers.asAgent().urlEncodingEnabled(false).get(COMPLAINTS + "?district=" + "x".repeat(5_000)), 414);
        RawHttp.Answer pastVertxDefault = RawHttp.send(RestAssured.port, ("GET " + COMPLAINTS + "/" + "1".repeat(20_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(pastVertxDefault.status()).isEqualTo(414);
        assertThat(pastVertxDefault.contentType()).startsWith("application/problem+json");
    }

    @Test
    void overLongHeadersAreAProblemDocument() {
        assertProblem(Callers.asAgent().header("X-Filler", "h".repeat(20_000)).get(COMPLAINTS), 431);
        var many = Callers.asAgent();
        for (int i = 0; i < 300; i++) {
            many = many.header("X-Filler-" + i, "h".repeat(100));
        }
        assertProblem(many.get(COMPLAINTS), 431);
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemDocuments() {
        assertProblem(Callers.asAgent().get("/api/v1/nothing-here"), 404);
        assertProblem(Callers.asAgent().delete(COMPLAINTS), 405);
    }

    private static byte[] rawPost(String path, byte[] body) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + Callers.AGENT + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
