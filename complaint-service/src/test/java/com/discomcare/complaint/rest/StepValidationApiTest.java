package com.discomcare.complaint.rest;

import com.discomcare.complaint.domain.RequestNumbers;
import com.discomcare.complaint.Callers;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;

import static com.discomcare.complaint.rest.ApiTestSupport.COMPLAINTS;
import static com.discomcare.complaint.rest.ApiTestSupport.assertConflict;
import static com.discomcare.complaint.rest.ApiTestSupport.assertInvalid;
import static com.discomcare.complaint.rest.ApiTestSupport.assertProblem;
import static com.discomcare.complaint.rest.ApiTestSupport.complaintState;
import static com.discomcare.complaint.rest.ApiTestSupport.historySize;
import static com.discomcare.complaint.rest.ApiTestSupport.step;
import static com.discomcare.complaint.rest.ApiTestSupport.uniqueConsumer;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Steps on a complaint: request-number checks, body validation, 409 for a step the state does not allow. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class StepValidationApiTest {

    private static final Map<String, Object> ASSIGN = Map.of("engineerId", "JE-1042", "engineerName", "Suresh Yadav",
            "engineerPhone", "9812345678");
    private static final Map<String, Object> RESOLVE = Map.of("resolutionCode", "FUSE_REPLACED",
            "remarks", "DO fuse replaced");
    /** The body of a step that needs nothing but its actor (closure without remarks, resume). */
    private static final Map<String, Object> NOTHING = Map.of();
    private static final Map<String, Object> PAUSE = Map.of("reason", "CONSUMER_NOT_AVAILABLE",
            "remarks", "house locked");
    private static final Map<String, Object> REOPEN = Map.of("reason", "Supply failed again");
    private static final Map<String, Object> FEEDBACK = Map.of("rating", 4, "comment", "ठीक है");

    // ----------------------------------------------------------------------------------------------------------
    // Request numbers
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void aRequestNumberWithOneWrongDigitIsInvalidNotUnknown() {
        String rn = registered("E1.2");
        for (int position : new int[]{0, 5, 11}) {
            String mistyped = withDigitChanged(rn, position);
            assertThat(RequestNumbers.isValid(mistyped)).as(mistyped).isFalse();
            assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}", mistyped), "requestNumber");
            assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}/history", mistyped), "requestNumber");
            assertInvalid(step(mistyped, "assignment", ASSIGN), "requestNumber");
        }
        String swapped = rn.substring(0, 9) + rn.charAt(10) + rn.charAt(9) + rn.substring(11);
        if (!swapped.equals(rn)) {
            assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}", swapped), "requestNumber");
        }
        assertThat(historySize(rn)).isEqualTo(1);
        assertThat(complaintState(rn)).containsEntry("status", "REGISTERED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890123", "26000000001X", "abcdefghijkl", "26-000000001", "٢٦٠٠٠٠٠٠٠٠١٠"})
    void aRequestNumberThatIsNotTwelveDigitsIsInvalid(String requestNumber) {
        assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}", requestNumber), "requestNumber");
        assertInvalid(Callers.asAgent().get(COMPLAINTS + "/{rn}/history", requestNumber), "requestNumber");
        assertInvalid(step(requestNumber, "closure", NOTHING), "requestNumber");
        assertInvalid(step(requestNumber, "resume", NOTHING), "requestNumber");
    }

    @Test
    void aValidButUnknownRequestNumberIsNotFound() {
        String unknown = RequestNumbers.format(98, 987_654_321L);
        assertProblem(Callers.asAgent().get(COMPLAINTS + "/{rn}", unknown), 404);
        assertProblem(Callers.asAgent().get(COMPLAINTS + "/{rn}/history", unknown), 404);
        assertProblem(step(unknown, "assignment", ASSIGN), 404);
        assertProblem(step(unknown, "pause", PAUSE), 404);
        // The failed steps created nothing under that number.
        assertProblem(Callers.asAgent().get(COMPLAINTS + "/{rn}/history", unknown), 404);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Step bodies (each sent where the step itself would be allowed, so only the body is at fault)
    // ----------------------------------------------------------------------------------------------------------

    /** The actor is the signed-in user: a body that still names one is refused, not silently ignored. */
    @Test
    void aStepThatNamesItsActorIsRejected() {
        String rn = registered("E1.2");
        assertInvalid(step(rn, "assignment", ApiTestSupport.with(ASSIGN, "by", "CRO-GGN")), "by")
                .body("errors[0].message", equalTo("the actor is the signed-in user; do not send by"));
        assertInvalid(step(rn, "assignment", ApiTestSupport.with(ASSIGN, "by", null)), "by");
        assertInvalid(step(rn, "assignment", Map.of("engineerId", "JE-1", "engineerName", "Suresh",
                "by", "has spaces")), "by");
        assertInvalid(step(rn, "assignment", Map.of()), "engineerId", "engineerName");
        assertInvalid(step(rn, "assignment", ApiTestSupport.with(ASSIGN, "engineerPhone", "12345")), "engineerPhone");
        assertUnchanged(rn, 1, "REGISTERED");

        assign(rn);
        assertInvalid(step(rn, "pause", ApiTestSupport.with(PAUSE, "by", "JE-1042")), "by");
        assertInvalid(step(rn, "site-visit", Map.of("remarks", "reached", "by", "JE-1042")), "by");
        assertInvalid(step(rn, "resolution", ApiTestSupport.with(RESOLVE, "by", "JE-1042")), "by");
        assertUnchanged(rn, 2, "ASSIGNED");

        resolve(rn);
        assertInvalid(step(rn, "closure", Map.of("remarks", "ok", "by", "CRO-GGN")), "by");
        assertInvalid(step(rn, "reopening", ApiTestSupport.with(REOPEN, "by", "AGENT-0042")), "by");
        assertInvalid(step(rn, "reopening", Map.of()), "reason");
        assertInvalid(step(rn, "feedback", ApiTestSupport.with(FEEDBACK, "by", "AGENT-0042")), "by");
        assertUnchanged(rn, 3, "RESOLVED");
    }

    @Test
    void aStepWithoutABodyIsRejected() {
        String rn = registered("E1.2");
        assertProblem(Callers.asCro().contentType("application/json").post(COMPLAINTS + "/{rn}/assignment", rn), 400);
        assertProblem(Callers.asEngineer().contentType("application/json").body("{\"reason\": ")
                .post(COMPLAINTS + "/{rn}/pause", rn), 400);
        assertUnchanged(rn, 1, "REGISTERED");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void aRatingOutsideOneToFiveIsRejected(int rating) {
        String rn = registered("E1.2");
        assign(rn);
        resolve(rn);
        assertInvalid(step(rn, "feedback", Map.of("rating", rating)), "rating");
        assertInvalid(step(rn, "feedback", Map.of()), "rating");
        assertUnchanged(rn, 3, "RESOLVED");
        assertThat(complaintState(rn).get("feedback")).isNull();
    }

    @Test
    void anUnknownResolutionCodeIsRejected() {
        String rn = registered("E1.2");
        assign(rn);
        // Full check of the answer: RegistrationValidationApiTest#unbindableValuesAreProblemsNamingTheirField
        ApiTestSupport.assertBadRequest(step(rn, "resolution", ApiTestSupport.with(RESOLVE, "resolutionCode", "PRAYED")));
        assertInvalid(step(rn, "resolution", ApiTestSupport.without(RESOLVE, "resolutionCode")), "resolutionCode");
        assertInvalid(step(rn, "resolution", ApiTestSupport.with(RESOLVE, "remarks", " ")), "remarks");
        assertUnchanged(rn, 2, "ASSIGNED");
    }

    @Test
    void anUnknownPauseReasonIsRejected() {
        String rn = registered("E1.2");
        assign(rn);
        // Full check of the answer: RegistrationValidationApiTest#unbindableValuesAreProblemsNamingTheirField
        ApiTestSupport.assertBadRequest(step(rn, "pause", ApiTestSupport.with(PAUSE, "reason", "LUNCH_BREAK")));
        assertInvalid(step(rn, "pause", ApiTestSupport.without(PAUSE, "reason")), "reason");
        assertUnchanged(rn, 2, "ASSIGNED");
        assertThat(complaintState(rn).get("pause")).isNull();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Steps the current state does not allow: 409 with currentState, nothing recorded
    // ----------------------------------------------------------------------------------------------------------

    /** Field work is the assigned engineer's; on an unassigned complaint no engineer gets as far as its state. */
    @Test
    void resolvingAnUnassignedComplaintIsForbidden() {
        String rn = registered("E1.2");
        assertProblem(step(rn, "resolution", RESOLVE), 403);
        assertProblem(step(rn, "site-visit", NOTHING), 403);
        assertUnchanged(rn, 1, "REGISTERED");
    }

    @Test
    void closingAnAssignedComplaintConflicts() {
        String rn = registered("E1.2");
        assign(rn);
        assertConflict(step(rn, "closure", NOTHING), "ASSIGNED");
        assertUnchanged(rn, 2, "ASSIGNED");
    }

    @Test
    void feedbackBeforeResolutionConflicts() {
        String rn = registered("E1.2");
        assertConflict(step(rn, "feedback", FEEDBACK), "REGISTERED");
        assign(rn);
        assertConflict(step(rn, "feedback", FEEDBACK), "ASSIGNED");
        assertUnchanged(rn, 2, "ASSIGNED");
    }

    @Test
    void resumingARunningClockConflicts() {
        String rn = registered("E1.2");
        assign(rn);
        assertConflict(step(rn, "resume", NOTHING), "ASSIGNED");
        assertUnchanged(rn, 2, "ASSIGNED");
    }

    @Test
    void pausingTwiceConflictsAndNamesThePausedState() {
        String rn = registered("E1.2");
        assign(rn);
        step(rn, "pause", PAUSE).then().statusCode(200).body("pause.reason", equalTo("CONSUMER_NOT_AVAILABLE"));
        assertConflict(step(rn, "pause", PAUSE), "ASSIGNED (paused)");
        assertConflict(step(rn, "pause", ApiTestSupport.with(PAUSE, "reason", "ROAD_DIGGING_PERMISSION_AWAITED")),
                "ASSIGNED (paused)");
        assertThat(historySize(rn)).isEqualTo(3);
    }

    @Test
    void workOnAPausedComplaintConflictsUntilResumed() {
        String rn = registered("E1.2");
        assign(rn);
        step(rn, "pause", PAUSE).then().statusCode(200);
        assertConflict(step(rn, "site-visit", NOTHING), "ASSIGNED (paused)");
        assertConflict(step(rn, "resolution", RESOLVE), "ASSIGNED (paused)");
        assertThat(historySize(rn)).isEqualTo(3);
        step(rn, "resume", NOTHING).then().statusCode(200).body("pause", nullValue());
        resolve(rn);
    }

    @Test
    void reopeningAnOpenComplaintConflicts() {
        String rn = registered("E1.2");
        assertConflict(step(rn, "reopening", REOPEN), "REGISTERED");
        assign(rn);
        assertConflict(step(rn, "reopening", REOPEN), "ASSIGNED");
        assertUnchanged(rn, 2, "ASSIGNED");
    }

    @Test
    void stepsOnAResolvedComplaintConflict() {
        String rn = registered("E1.2");
        assign(rn);
        resolve(rn);
        assertConflict(step(rn, "resolution", RESOLVE), "RESOLVED");
        assertConflict(step(rn, "pause", PAUSE), "RESOLVED");
        assertConflict(step(rn, "site-visit", NOTHING), "RESOLVED");
        assertUnchanged(rn, 3, "RESOLVED");
        step(rn, "closure", NOTHING).then().statusCode(200).body("status", equalTo("CLOSED"));
        assertConflict(step(rn, "closure", NOTHING), "CLOSED");
        assertConflict(step(rn, "assignment", ASSIGN), "CLOSED");
        assertUnchanged(rn, 4, "CLOSED");
    }

    // ----------------------------------------------------------------------------------------------------------
    // Steps that change the due time, and feedback
    // ----------------------------------------------------------------------------------------------------------

    @Test
    void pauseThenResumeMovesTheDueTimeLaterByThePausedSpan() {
        // A plain-clock category: on the working-hours clock a pause outside working hours moves nothing.
        String rn = registered("E1.6");
        Instant registeredDue = dueAt(complaintState(rn));
        assign(rn);

        Map<String, Object> paused = step(rn, "pause", PAUSE).then().statusCode(200)
                .body("pause.reason", equalTo("CONSUMER_NOT_AVAILABLE"))
                .extract().jsonPath().getMap("");
        assertThat(dueAt(paused)).as("pausing keeps the due time").isEqualTo(registeredDue);
        Instant pausedSince = Instant.parse((String) ((Map<?, ?>) paused.get("pause")).get("since"));

        Map<String, Object> resumed = step(rn, "resume", NOTHING).then().statusCode(200)
                .body("pause", nullValue())
                .extract().jsonPath().getMap("");
        Instant resumedDue = dueAt(resumed);
        assertThat(resumedDue).isAfter(registeredDue);
        assertThat(dueAt(complaintState(rn))).isEqualTo(resumedDue);

        // The due time moved by exactly the paused span recorded in the history.
        Map<String, Object> resumedEvent = Callers.asAgent().get(COMPLAINTS + "/{rn}/history", rn)
                .then().statusCode(200)
                .body("size()", equalTo(4))
                .body("[2].eventType", equalTo("ComplaintPaused"))
                .body("[3].eventType", equalTo("ComplaintResumed"))
                .body("[3].payload.by", equalTo("JE-1042"))
                .extract().jsonPath().getMap("[3].payload");
        Instant resumedAt = Instant.parse((String) resumedEvent.get("at"));
        assertThat(resumedDue).isEqualTo(registeredDue.plus(java.time.Duration.between(pausedSince, resumedAt)));
    }

    @Test
    void reopeningAfterResolutionStartsANewClock() {
        // A plain-clock category, so a later start always gives a later due time (also outside working hours).
        String rn = registered("E1.6");
        Instant registeredDue = dueAt(complaintState(rn));
        assign(rn);
        resolve(rn);
        Map<String, Object> reopened = step(rn, "reopening", REOPEN).then().statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("reopenCount", equalTo(1))
                .body("resolution", nullValue())
                .body("assignee", nullValue())
                .extract().jsonPath().getMap("");
        assertThat(dueAt(reopened)).isAfter(registeredDue);
        assertThat(historySize(rn)).isEqualTo(4);

        // Reopened: it can be assigned again, but not reopened or given feedback.
        assertConflict(step(rn, "reopening", REOPEN), "REOPENED");
        assertConflict(step(rn, "feedback", FEEDBACK), "REOPENED");
        step(rn, "assignment", ASSIGN).then().statusCode(200).body("status", equalTo("ASSIGNED"));
        resolve(rn);
    }

    @Test
    void reopeningAClosedComplaintWorks() {
        String rn = registered("E1.6");
        assign(rn);
        resolve(rn);
        step(rn, "closure", NOTHING).then().statusCode(200);
        step(rn, "reopening", REOPEN).then().statusCode(200).body("status", equalTo("REOPENED"))
                .body("closedAt", nullValue());
    }

    @Test
    void feedbackAfterResolutionIsTakenOnce() {
        String rn = registered("E1.2");
        assign(rn);
        resolve(rn);
        step(rn, "feedback", FEEDBACK).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("feedback.rating", equalTo(4))
                .body("feedback.comment", equalTo("ठीक है"));
        assertConflict(step(rn, "feedback", ApiTestSupport.with(FEEDBACK, "rating", 1)), "RESOLVED");
        assertUnchanged(rn, 4, "RESOLVED");
        assertThat(complaintState(rn)).extractingByKey("feedback").asString().contains("rating=4");

        // Also after closure the feedback stays taken.
        step(rn, "closure", NOTHING).then().statusCode(200);
        assertConflict(step(rn, "feedback", FEEDBACK), "CLOSED");
        assertThat(historySize(rn)).isEqualTo(5);
    }

    @Test
    void feedbackOnAClosedComplaintIsTaken() {
        String rn = registered("E1.2");
        assign(rn);
        resolve(rn);
        step(rn, "closure", NOTHING).then().statusCode(200);
        step(rn, "feedback", FEEDBACK).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("feedback.rating", equalTo(4));
    }

    // ----------------------------------------------------------------------------------------------------------

    private static String registered(String category) {
        return register(complaint(uniqueConsumer("SV"), category));
    }

    private static void assign(String rn) {
        step(rn, "assignment", ASSIGN).then().statusCode(200).body("status", equalTo("ASSIGNED"));
    }

    private static void resolve(String rn) {
        step(rn, "resolution", RESOLVE).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    private static void assertUnchanged(String rn, int events, String status) {
        assertThat(historySize(rn)).as("events of " + rn).isEqualTo(events);
        assertThat(complaintState(rn)).containsEntry("status", status);
    }

    private static Instant dueAt(Map<String, Object> complaint) {
        return Instant.parse((String) complaint.get("dueAt"));
    }

    private static String withDigitChanged(String rn, int position) {
        char changed = (char) ('0' + (rn.charAt(position) - '0' + 3) % 10);
        return rn.substring(0, position) + changed + rn.substring(position + 1);
    }
}
