package com.discomcare.complaint.domain;

import com.discomcare.complaint.domain.ComplaintCommand.AssignComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.CloseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.GiveFeedback;
import com.discomcare.complaint.domain.ComplaintCommand.PauseComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.RecordRepeatCall;
import com.discomcare.complaint.domain.ComplaintCommand.RegisterComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ReopenComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResolveComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.ResumeComplaint;
import com.discomcare.complaint.domain.ComplaintCommand.StartSiteVisit;
import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.complaint.policy.ComplaintPolicyFile;
import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.Channel;
import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.contracts.complaint.ComplaintAssigned;
import com.discomcare.contracts.complaint.ComplaintClosed;
import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintPaused;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import com.discomcare.contracts.complaint.ComplaintReopened;
import com.discomcare.contracts.complaint.ComplaintRepeated;
import com.discomcare.contracts.complaint.ComplaintResolved;
import com.discomcare.contracts.complaint.ComplaintResumed;
import com.discomcare.contracts.complaint.FeedbackGiven;
import com.discomcare.contracts.complaint.Language;
import com.discomcare.contracts.complaint.PauseReason;
import com.discomcare.contracts.complaint.ResolutionCode;
import com.discomcare.contracts.complaint.SiteVisitStarted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintAggregateTest {

    private static final ActedBy AGENT = new ActedBy("AGENT-1", "Priya Nair", "agent");
    private static final ActedBy CRO = new ActedBy("CRO-1", "Anita Sharma", "cro");
    private static final ActedBy ENGINEER = new ActedBy("JE-1", "Suresh Yadav", "engineer");
    private static final ActedBy SMS_GATEWAY = new ActedBy("service-account-sms-gateway",
            "service-account-sms-gateway", "integration");

    private static final String RN = RequestNumbers.format(2026, 42);
    /** 11:00 IST on a working day. */
    private static final Instant T0 = Instant.parse("2026-11-23T05:30:00Z");
    private static final Instant DUE = T0.plus(Duration.ofHours(4));
    private static final ComplaintPolicy POLICY = ComplaintPolicyFile.loadDefault(Duration.ofDays(7));

    private AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(POLICY);
    }

    private static ComplaintRegistered registered() {
        return registered("E1.1", ClockType.WORKING_HOURS, T0, DUE);
    }

    private static ComplaintRegistered registered(String category, ClockType clock, Instant at, Instant due) {
        return new ComplaintRegistered(RN, "1102345678", "रमेश कुमार", "9876543210", category, AreaType.URBAN,
                "Gurugram", "Sector 43", "No supply", Channel.CALL_CENTRE, Language.HINDI, clock, due, "AGENT-1",
                        "Priya Nair", "agent", at);
    }

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    private static ComplaintAssigned assigned(Instant at) {
        return new ComplaintAssigned(RN, "JE-1", "Suresh", "9812345678", "CRO-1", "Anita Sharma", "cro", at);
    }

    private static ComplaintResolved resolved(Instant at) {
        return new ComplaintResolved(RN, ResolutionCode.FUSE_REPLACED, "fuse replaced", true, "JE-1", "Suresh Yadav",
                "engineer", at);
    }

    @Test
    void registrationComputesTheDueTimeFromThePolicy() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaint(RN, "1102345678", "रमेश कुमार", "9876543210", "E1.1", AreaType.URBAN,
                        "Gurugram", "Sector 43", "No supply", Channel.CALL_CENTRE, Language.HINDI, AGENT, T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void registrationAnswersWithTheNewState() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaint(RN, null, "A", "9876543210", "E1.6", AreaType.URBAN, "Rajkot", "x",
                        "snapped conductor", Channel.SMS, Language.ENGLISH, SMS_GATEWAY, T0))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<Object>("the new complaint") {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        Complaint complaint = (Complaint) item;
                        return complaint.status() == ComplaintStatus.REGISTERED
                                && complaint.dueAt().equals(T0.plus(Duration.ofHours(12)))
                                && complaint.requestNumber().equals(RN);
                    }
                });
    }

    @Test
    void aRepeatCallOnAnOpenComplaintIsCounted() {
        fixture.given(registered())
                .when(new RecordRepeatCall(RN, "9876543210", Channel.SMS, SMS_GATEWAY, T0.plusSeconds(600)))
                .expectEvents(new ComplaintRepeated(RN, "9876543210", Channel.SMS, 2, "service-account-sms-gateway",
                        "service-account-sms-gateway", "integration", T0.plusSeconds(600)));
    }

    @Test
    void theEngineersFlowReachesClosed() {
        Instant t1 = T0.plusSeconds(600);
        Instant t2 = T0.plusSeconds(1800);
        Instant t3 = T0.plusSeconds(3600);
        fixture.given(registered())
                .when(new AssignComplaint(RN, "JE-1", "Suresh", "9812345678", CRO, t1))
                .expectEvents(assigned(t1));
        fixture.given(registered(), assigned(t1))
                .when(new StartSiteVisit(RN, "reached", ENGINEER, t2))
                .expectEvents(new SiteVisitStarted(RN, "reached", "JE-1", "Suresh Yadav", "engineer", t2));
        fixture.given(registered(), assigned(t1), new SiteVisitStarted(RN, "reached", "JE-1", "Suresh Yadav",
                "engineer", t2))
                .when(new ResolveComplaint(RN, ResolutionCode.FUSE_REPLACED, "fuse replaced", ENGINEER, t3))
                .expectEvents(resolved(t3));
        fixture.given(registered(), assigned(t1), resolved(t3))
                .when(new CloseComplaint(RN, "consumer confirmed", CRO, t3.plusSeconds(60)))
                .expectEvents(new ComplaintClosed(RN, "consumer confirmed", "CRO-1", "Anita Sharma", "cro",
                        t3.plusSeconds(60)));
    }

    @Test
    void resolutionAfterTheDueTimeIsMarkedLate() {
        Instant late = DUE.plusSeconds(1);
        fixture.given(registered(), assigned(T0))
                .when(new ResolveComplaint(RN, ResolutionCode.LINE_REPAIRED, "repaired", ENGINEER, late))
                .expectEvents(new ComplaintResolved(RN, ResolutionCode.LINE_REPAIRED, "repaired", false, "JE-1",
                        "Suresh Yadav", "engineer", late));
    }

    @Nested
    class StepsNotAllowed {

        @Test
        void resolvingAnUnassignedComplaint() {
            fixture.given(registered())
                    .when(new ResolveComplaint(RN, ResolutionCode.FUSE_REPLACED, "x", ENGINEER, T0))
                    .expectNoEvents()
                    .expectException(StepNotAllowedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("REGISTERED"));
        }

        @Test
        void siteVisitBeforeAssignment() {
            fixture.given(registered())
                    .when(new StartSiteVisit(RN, null, ENGINEER, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void closingAComplaintThatIsNotResolved() {
            fixture.given(registered(), assigned(T0))
                    .when(new CloseComplaint(RN, null, CRO, T0))
                    .expectNoEvents()
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void assigningAResolvedComplaint() {
            fixture.given(registered(), assigned(T0), resolved(T0))
                    .when(new AssignComplaint(RN, "JE-2", "B", null, CRO, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void aRepeatCallOnAResolvedComplaint() {
            fixture.given(registered(), assigned(T0), resolved(T0))
                    .when(new RecordRepeatCall(RN, "9876543210", Channel.SMS, SMS_GATEWAY, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void feedbackBeforeResolution() {
            fixture.given(registered())
                    .when(new GiveFeedback(RN, 5, null, AGENT, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void feedbackTwice() {
            fixture.given(registered(), assigned(T0), resolved(T0), new FeedbackGiven(RN, 4, null, "AGENT-1",
                    "Priya Nair", "agent", T0))
                    .when(new GiveFeedback(RN, 5, null, AGENT, T0))
                    .expectException(StepNotAllowedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("already"));
        }

        @Test
        void reopeningAnOpenComplaint() {
            fixture.given(registered())
                    .when(new ReopenComplaint(RN, "again", AGENT, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void reopeningAfterTheWindow() {
            Instant resolvedAt = T0.plusSeconds(3600);
            fixture.given(registered(), assigned(T0), resolved(resolvedAt))
                    .when(new ReopenComplaint(RN, "again", AGENT, resolvedAt.plus(Duration.ofDays(7)).plusSeconds(1)))
                    .expectNoEvents()
                    .expectException(StepNotAllowedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("7 days"));
        }

        @Test
        void pausingTwice() {
            fixture.given(registered(), new ComplaintPaused(RN, PauseReason.CONSUMER_NOT_AVAILABLE, null, "JE-1",
                    "Suresh Yadav", "engineer", T0))
                    .when(new PauseComplaint(RN, PauseReason.ROAD_DIGGING_PERMISSION_AWAITED, null, ENGINEER, T0))
                    .expectException(StepNotAllowedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("(paused)"));
        }

        @Test
        void resumingARunningClock() {
            fixture.given(registered())
                    .when(new ResumeComplaint(RN, ENGINEER, T0))
                    .expectException(StepNotAllowedException.class);
        }

        @Test
        void resolvingWhilePaused() {
            fixture.given(registered(), assigned(T0),
                            new ComplaintPaused(RN, PauseReason.CONSUMER_NOT_AVAILABLE, null, "JE-1", "Suresh Yadav",
                                    "engineer", T0))
                    .when(new ResolveComplaint(RN, ResolutionCode.FUSE_REPLACED, "x", ENGINEER, T0))
                    .expectException(StepNotAllowedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("resume it first"));
        }

        @Test
        void pausingAClosedComplaint() {
            fixture.given(registered(), assigned(T0), resolved(T0), new ComplaintClosed(RN, null, "CRO-1",
                    "Anita Sharma", "cro", T0))
                    .when(new PauseComplaint(RN, PauseReason.CONSUMER_NOT_AVAILABLE, null, ENGINEER, T0))
                    .expectException(StepNotAllowedException.class);
        }
    }

    /** The due time moves by the time the complaint's own clock stood still (the default policy's calendar). */
    @Nested
    class ResumingMovesTheDueTime {

        private ComplaintPaused paused(Instant at) {
            return new ComplaintPaused(RN, PauseReason.CONSUMER_NOT_AVAILABLE, "house locked", "JE-1", "Suresh Yadav",
                    "engineer", at);
        }

        @Test
        void byThePausedSpanWithinWorkingHours() {
            Instant pausedAt = T0.plusSeconds(600);
            Instant resumedAt = pausedAt.plus(Duration.ofHours(2));
            fixture.given(registered(), paused(pausedAt))
                    .when(new ResumeComplaint(RN, ENGINEER, resumedAt))
                    .expectEvents(new ComplaintResumed(RN, Duration.ofHours(2), DUE.plus(Duration.ofHours(2)), "JE-1",
                            "Suresh Yadav", "engineer",
                            resumedAt));
        }

        @Test
        void byTheWorkingTimeOfAPauseAcrossClosingTime() {
            // E1.1 registered at 16:00 is due at closing, 20:00. Paused 19:30, resumed 08:30: 30 min before
            // closing and 30 min after opening, so one working hour, added after closing: 09:00 next morning.
            Instant resumedAt = ist("2026-11-24T08:30");
            fixture.given(registered("E1.1", ClockType.WORKING_HOURS, ist("2026-11-23T16:00"), ist("2026-11-23T20:00")),
                            paused(ist("2026-11-23T19:30")))
                    .when(new ResumeComplaint(RN, ENGINEER, resumedAt))
                    .expectEvents(new ComplaintResumed(RN, Duration.ofHours(1), ist("2026-11-24T09:00"), "JE-1",
                            "Suresh Yadav", "engineer",
                            resumedAt));
        }

        @Test
        void byTheWorkingTimeOfAPauseAcrossAHoliday() {
            // 2026-10-02 is a holiday of the policy. E1.1 registered at 17:00 on the 1st is due at 09:00 on the 3rd;
            // paused at 19:00 on the 1st, resumed at 09:00 on the 3rd: one hour on the 1st, one on the 3rd.
            Instant resumedAt = ist("2026-10-03T09:00");
            fixture.given(registered("E1.1", ClockType.WORKING_HOURS, ist("2026-10-01T17:00"), ist("2026-10-03T09:00")),
                            paused(ist("2026-10-01T19:00")))
                    .when(new ResumeComplaint(RN, ENGINEER, resumedAt))
                    .expectEvents(new ComplaintResumed(RN, Duration.ofHours(2), ist("2026-10-03T11:00"), "JE-1",
                            "Suresh Yadav", "engineer",
                            resumedAt));
        }

        @Test
        void byTheWallClockSpanOnThePlainClock() {
            // E1.6 (snapped conductor) runs on the plain clock: registered at 19:00, due 12 hours later at 07:00.
            Instant resumedAt = ist("2026-11-24T08:30");
            fixture.given(registered("E1.6", ClockType.PLAIN, ist("2026-11-23T19:00"), ist("2026-11-24T07:00")),
                            paused(ist("2026-11-23T19:30")))
                    .when(new ResumeComplaint(RN, ENGINEER, resumedAt))
                    .expectEvents(new ComplaintResumed(RN, Duration.ofHours(13), ist("2026-11-24T20:00"), "JE-1",
                            "Suresh Yadav", "engineer",
                            resumedAt));
        }

        @Test
        void onTheClockTheComplaintWasRegisteredWith() {
            // Recorded as PLAIN though E1.1 is WORKING_HOURS in today's policy: the recorded clock decides.
            Instant resumedAt = ist("2026-11-24T08:30");
            fixture.given(registered("E1.1", ClockType.PLAIN, ist("2026-11-23T16:00"), ist("2026-11-23T20:00")),
                            paused(ist("2026-11-23T19:30")))
                    .when(new ResumeComplaint(RN, ENGINEER, resumedAt))
                    .expectEvents(new ComplaintResumed(RN, Duration.ofHours(13), ist("2026-11-24T09:00"), "JE-1",
                            "Suresh Yadav", "engineer",
                            resumedAt));
        }
    }

    @Test
    void reopeningWithinTheWindowStartsANewClock() {
        Instant resolvedAt = T0.plusSeconds(3600);
        Instant reopenAt = Instant.parse("2026-11-25T04:30:00Z"); // 10:00 IST
        fixture.given(registered(), assigned(T0), resolved(resolvedAt), new ComplaintClosed(RN, null, "CRO-1",
                "Anita Sharma", "cro", resolvedAt))
                .when(new ReopenComplaint(RN, "no supply again", AGENT, reopenAt))
                .expectEvents(new ComplaintReopened(RN, "no supply again", reopenAt.plus(Duration.ofHours(4)),
                        "AGENT-1", "Priya Nair", "agent", reopenAt));
    }

    @Test
    void aReopenedComplaintCanBeAssignedAndResolvedAgain() {
        Instant reopenAt = T0.plus(Duration.ofDays(1));
        fixture.given(registered(), assigned(T0), resolved(T0),
                        new ComplaintReopened(RN, "again", reopenAt.plus(Duration.ofHours(4)), "AGENT-1",
                                "Priya Nair", "agent", reopenAt))
                .when(new AssignComplaint(RN, "JE-1", "Suresh", "9812345678", CRO, reopenAt))
                .expectEvents(assigned(reopenAt));
    }

    @Test
    void feedbackAfterResolution() {
        fixture.given(registered(), assigned(T0), resolved(T0))
                .when(new GiveFeedback(RN, 4, "quick fix", AGENT, T0.plusSeconds(60)))
                .expectEvents(new FeedbackGiven(RN, 4, "quick fix", "AGENT-1", "Priya Nair", "agent",
                        T0.plusSeconds(60)));
    }

    @Test
    void anEscalationIsRecordedWithItsTierAndHolder() {
        fixture.given(registered(), assigned(T0))
                .when(new ComplaintCommand.RecordEscalation(RN, 1, "CUSTOMER_SERVICE_MANAGER", "CSM-1", "Bharat",
                        "9822222222", "e-1", ActedBy.ESCALATION_SERVICE, DUE))
                .expectEvents(new com.discomcare.contracts.complaint.ComplaintEscalated(RN, 1,
                        "CUSTOMER_SERVICE_MANAGER",
                        "CSM-1", "Bharat", "9822222222", "e-1", "escalation-service", "escalation-service", null, DUE))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<Object>("level 1, held by CSM-1") {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        Complaint complaint = (Complaint) item;
                        return complaint.escalationLevel() == 1 && complaint.status() == ComplaintStatus.ASSIGNED;
                    }
                });
    }

    @Test
    void reopeningHandsTheComplaintBackFromTheEscalatedOfficer() {
        Instant resolvedAt = DUE.plusSeconds(3600);
        Instant reopenAt = Instant.parse("2026-11-25T04:30:00Z"); // 10:00 IST
        var escalated = new com.discomcare.contracts.complaint.ComplaintEscalated(RN, 2, "DISTRICT_MANAGER", "DM-1",
                "Sunita", "9810000013", "e-2", "escalation-service", "escalation-service", null, DUE);
        var history = new ComplaintEvent[]{registered(), assigned(T0), escalated, resolved(resolvedAt),
                new ComplaintClosed(RN, null, "CRO-1", "Anita Sharma", "cro", resolvedAt)};
        Complaint beforeReopening = null;
        for (ComplaintEvent event : history) {
            beforeReopening = Complaint.evolve(beforeReopening, event);
        }
        assertThat(beforeReopening.escalationLevel()).isEqualTo(2);
        assertThat(beforeReopening.holder()).isNotNull();

        fixture.given(List.of(history))
                .when(new ReopenComplaint(RN, "no supply again", AGENT, reopenAt))
                .expectEvents(new ComplaintReopened(RN, "no supply again", reopenAt.plus(Duration.ofHours(4)),
                        "AGENT-1", "Priya Nair", "agent", reopenAt))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<Object>(
                        "reopened at level 0, held by no escalated officer") {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        Complaint complaint = (Complaint) item;
                        return complaint.status() == ComplaintStatus.REOPENED && complaint.escalationLevel() == 0
                                && complaint.holder() == null;
                    }
                });
    }

    @Test
    void aTierThatFellDueAfterTheResolutionIsNotRecorded() {
        Instant resolvedAt = DUE.minusSeconds(1);
        fixture.given(registered(), assigned(T0), resolved(resolvedAt))
                .when(new ComplaintCommand.RecordEscalation(RN, 1, "CUSTOMER_SERVICE_MANAGER", "CSM-1", "Bharat",
                        "9822222222", "e-1", ActedBy.ESCALATION_SERVICE, DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void evolveKeepsThePreviousStateUnchanged() {
        Complaint first = Complaint.evolve(null, registered());
        Complaint second = Complaint.evolve(first, assigned(T0));
        assertThat(first.status()).isEqualTo(ComplaintStatus.REGISTERED);
        assertThat(first.assignee()).isNull();
        assertThat(second.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(second.version()).isEqualTo(1);
    }
}
