package com.discomcare.escalation.domain;

import com.discomcare.contracts.escalation.EscalationCaseOpened;
import com.discomcare.contracts.escalation.EscalationCaseRestarted;
import com.discomcare.contracts.escalation.EscalationCaseStopped;
import com.discomcare.contracts.escalation.EscalationClockPaused;
import com.discomcare.contracts.escalation.EscalationClockResumed;
import com.discomcare.contracts.escalation.EscalationRaised;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.contracts.escalation.RosterGap;
import com.discomcare.escalation.domain.EscalationCommand.MoveDueTime;
import com.discomcare.escalation.domain.EscalationCommand.OpenCase;
import com.discomcare.escalation.domain.EscalationCommand.PauseClock;
import com.discomcare.escalation.domain.EscalationCommand.RestartCase;
import com.discomcare.escalation.domain.EscalationCommand.ResumeClock;
import com.discomcare.escalation.domain.EscalationCommand.StopCase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class EscalationAggregateTest {

    private static final String RN = "260000000429";
    private static final String DISTRICT = "Gurugram";
    private static final Officer CRO = new Officer("CRO-1", "Anita", "9811111111");
    private static final Officer CSM = new Officer("CSM-1", "Bharat", "9822222222");
    private static final Officer DM = new Officer("DM-1", "Chitra", "9833333333");
    private static final Officer HEAD = new Officer("CH-1", "Dev", "9844444444");
    private static final Officer RM = new Officer("RM-1", "Esha", "9855555555");
    private static final String APPLICATION = "5260000000015";
    private static final Ladder LADDER = new Ladder(
            List.of(Duration.ZERO, Duration.ofHours(4), Duration.ofHours(12)), Map.of(), Duration.ZERO);

    private final Map<OfficerRole, Officer> onRoster = new EnumMap<>(OfficerRole.class);
    /** How far the complaint events have been taken in; by default always far enough. */
    private Instant feedTakenInUntil = Instant.MAX;
    private AggregateTestFixture<EscalationAggregate> fixture;
    private Instant due;

    @BeforeEach
    void setUp() {
        onRoster.put(OfficerRole.CUSTOMER_RELATIONS_OFFICER, CRO);
        onRoster.put(OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM);
        onRoster.put(OfficerRole.DISTRICT_MANAGER, DM);
        onRoster.put(OfficerRole.CIRCLE_HEAD, HEAD);
        onRoster.put(OfficerRole.RELATIONSHIP_MANAGER, RM);
        fixture = new AggregateTestFixture<>(EscalationAggregate.class);
        fixture.registerInjectableResource((Roster) (district, role) ->
                DISTRICT.equals(district) ? Optional.ofNullable(onRoster.get(role)) : Optional.empty());
        fixture.registerInjectableResource(LADDER);
        fixture.registerInjectableResource((RequestFeed) time -> !feedTakenInUntil.isBefore(time));
        due = fixture.currentTime().plus(Duration.ofHours(4));
    }

    private OpenCase open() {
        return new OpenCase(RN, "E1.1", DISTRICT, due, false, fixture.currentTime());
    }

    private static int tierOf(Object event) {
        return event instanceof EscalationRaised raised ? raised.tier() : -1;
    }

    private EscalationCaseOpened opened() {
        return new EscalationCaseOpened(RN, "E1.1", DISTRICT, due, CRO, null, due, fixture.currentTime());
    }

    @Test
    void openingACaseNamesTheCroAndSchedulesTierOneAtTheDueTime() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(RN, "E1.1", DISTRICT, due, false, fixture.currentTime()))
                .expectEvents(opened())
                .expectScheduledDeadline(Duration.ofHours(4), new TierDue(1, 0, due));
    }

    @Test
    void theCaseClimbsTheLadderOneTierAtATime() {
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofHours(4))
                .expectEvents(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, DISTRICT,
                        Duration.ZERO, due.plus(Duration.ofHours(4)), due))
                .expectScheduledDeadline(Duration.ofHours(4), new TierDue(2, 0, due.plus(Duration.ofHours(4))));
    }

    @Test
    void aTierWaitsUntilTheComplaintEventsBeforeItsDueTimeAreTakenIn() {
        feedTakenInUntil = due.minusSeconds(1);
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofHours(4))
                .expectNoEvents()
                .expectScheduledDeadline(Duration.ofSeconds(1), new TierDue(1, 0, due));
    }

    @Test
    void aTierThatWaitedForTheFeedIsRaisedAsOfItsDueTime() {
        Duration consumerLag = Duration.ofMillis(2500);
        fixture.registerInjectableResource((RequestFeed) time ->
                !fixture.currentTime().minus(consumerLag).isBefore(time));
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofHours(4).plusSeconds(5))
                .expectEvents(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, DISTRICT,
                        Duration.ZERO, due.plus(Duration.ofHours(4)), due))
                .expectScheduledDeadline(Duration.ofHours(4).minusSeconds(5), new TierDue(2, 0, due.plus(Duration.ofHours(4))));
    }

    @Test
    void aFullLadderRaisesThreeEscalationsInOrderAndThenNothing() {
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofHours(16))
                .expectEventsMatching(new org.hamcrest.CustomTypeSafeMatcher<List<org.axonframework.eventhandling.EventMessage<?>>>(
                        "escalations to tiers 1, 2 and 3 in order") {
                    @Override
                    protected boolean matchesSafely(List<org.axonframework.eventhandling.EventMessage<?>> events) {
                        return events.stream().map(e -> tierOf(e.getPayload())).toList().equals(List.of(1, 2, 3));
                    }
                })
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTierWithNobodyOnTheRosterIsAGapAndTheCaseGoesUp() {
        onRoster.remove(OfficerRole.CUSTOMER_SERVICE_MANAGER);
        fixture.givenCommands(open())
                .whenTimeElapses(Duration.ofHours(4))
                .expectEvents(new RosterGap(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, DISTRICT, due),
                        new EscalationRaised(RN, 2, OfficerRole.DISTRICT_MANAGER, DM, DISTRICT, Duration.ZERO,
                                due.plus(Duration.ofHours(12)), due))
                .expectScheduledDeadline(Duration.ofHours(12), new TierDue(3, 0, due.plus(Duration.ofHours(12))));
    }

    @Test
    void resolutionBeforeTheDueTimeCancelsEverything() {
        fixture.givenCommands(open(), new StopCase(RN, "ComplaintResolved", fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(24))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectNoScheduledDeadlines();
    }

    @Test
    void stoppingCancelsThePendingTier() {
        fixture.givenCommands(open())
                .when(new StopCase(RN, "ComplaintResolved", fixture.currentTime()))
                .expectEvents(new EscalationCaseStopped(RN, "ComplaintResolved", fixture.currentTime()))
                .expectNoScheduledDeadlines();
    }

    // The stale-deadline tests below open the case by command, so that its tier-1 deadline really exists, and then
    // add what happened since as events, which cancel nothing: as when db-scheduler had already picked the timer
    // when the cancel came, or runs it a second time after an instance died.

    @Test
    void aDeadlineThatFiresAfterTheStopRaisesNothing() {
        fixture.givenCommands(open())
                .andGiven(new EscalationCaseStopped(RN, "ComplaintResolved", fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(24))
                .expectNoEvents()
                .expectTriggeredDeadlines(new TierDue(1, 0, due));
    }

    @Test
    void aDeadlineThatFiresWhileThePauseHoldsRaisesNothing() {
        fixture.givenCommands(open())
                .andGiven(new EscalationClockPaused(RN, fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(24))
                .expectNoEvents()
                .expectTriggeredDeadlines(new TierDue(1, 0, due));
    }

    @Test
    void aDeadlineOfTheLadderBeforeARestartRaisesNothing() {
        Instant newDue = due.plus(Duration.ofDays(1));
        fixture.givenCommands(open())
                .andGiven(new EscalationCaseStopped(RN, "ComplaintResolved", fixture.currentTime()),
                        new EscalationCaseRestarted(RN, newDue, CRO, newDue, fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(4))
                .expectNoEvents()
                .expectTriggeredDeadlines(new TierDue(1, 0, due));
    }

    @Test
    void aTierDeadlineDeliveredAgainAfterItsTierWasReachedRaisesNothing() {
        fixture.givenCommands(open())
                .andGiven(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, DISTRICT,
                        Duration.ZERO, due.plus(Duration.ofHours(4)), due))
                .whenTimeElapses(Duration.ofHours(4))
                .expectNoEvents()
                .expectTriggeredDeadlines(new TierDue(1, 0, due));
    }

    @Test
    void afterARestartTheNewLadderClimbsFromTierOneAtTheNewDueTime() {
        Instant newDue = due.plus(Duration.ofDays(1));
        fixture.givenCommands(open(), new StopCase(RN, "ComplaintResolved", fixture.currentTime()),
                        new RestartCase(RN, newDue, fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(28))
                .expectTriggeredDeadlines(new TierDue(1, 1, newDue))
                .expectEvents(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, DISTRICT,
                        Duration.ZERO, newDue.plus(Duration.ofHours(4)), newDue));
    }

    @Test
    void pauseCancelsAndResumeReschedulesFromTheMovedDueTime() {
        Instant movedDue = due.plus(Duration.ofHours(2));
        fixture.given(opened(), new EscalationClockPaused(RN, fixture.currentTime()))
                .when(new ResumeClock(RN, movedDue, fixture.currentTime()))
                .expectEvents(new EscalationClockResumed(RN, movedDue, movedDue, fixture.currentTime()))
                .expectScheduledDeadline(Duration.ofHours(6), new TierDue(1, 0, movedDue));
        fixture.givenCommands(open())
                .when(new PauseClock(RN, fixture.currentTime()))
                .expectEvents(new EscalationClockPaused(RN, fixture.currentTime()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reopeningStartsTheLadderAgainFromTheNewDueTime() {
        Instant newDue = due.plus(Duration.ofDays(1));
        fixture.givenCommands(open(), new StopCase(RN, "ComplaintResolved", fixture.currentTime()))
                .when(new RestartCase(RN, newDue, fixture.currentTime()))
                .expectEvents(new EscalationCaseRestarted(RN, newDue, CRO, newDue, fixture.currentTime()))
                .expectScheduledDeadline(Duration.ofHours(28), new TierDue(1, 1, newDue));
    }

    @Test
    void aRedeliveredRegistrationOpensNothingNew() {
        fixture.given(opened())
                .when(new OpenCase(RN, "E1.1", DISTRICT, due, false, fixture.currentTime()))
                .expectNoEvents();
    }

    @Test
    void aLargeConsumersCaseNamesTheDistrictsRelationshipManager() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(APPLICATION, "NEW_CONNECTION", DISTRICT, due, true, fixture.currentTime()))
                .expectEvents(new EscalationCaseOpened(APPLICATION, "NEW_CONNECTION", DISTRICT, due, CRO, RM, due,
                        fixture.currentTime()));
    }

    @Test
    void anotherCaseNamesNoRelationshipManagerThoughTheDistrictHasOne() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(APPLICATION, "NEW_CONNECTION", DISTRICT, due, false, fixture.currentTime()))
                .expectEvents(new EscalationCaseOpened(APPLICATION, "NEW_CONNECTION", DISTRICT, due, CRO, null, due,
                        fixture.currentTime()));
    }

    @Test
    void aRelationshipManagerMissingFromTheRosterLeavesTheCaseWithoutOne() {
        onRoster.remove(OfficerRole.RELATIONSHIP_MANAGER);
        fixture.givenNoPriorActivity()
                .when(new OpenCase(APPLICATION, "NEW_CONNECTION", DISTRICT, due, true, fixture.currentTime()))
                .expectEvents(new EscalationCaseOpened(APPLICATION, "NEW_CONNECTION", DISTRICT, due, CRO, null, due,
                        fixture.currentTime()));
    }

    @Test
    void aRunningClocksMovedDueTimeMovesThePendingTier() {
        Instant extended = due.plus(Duration.ofDays(30));
        fixture.givenCommands(open())
                .when(new MoveDueTime(RN, extended, fixture.currentTime()))
                .expectEvents(new EscalationClockResumed(RN, extended, extended, fixture.currentTime()))
                .expectScheduledDeadline(Duration.ofHours(4).plus(Duration.ofDays(30)), new TierDue(1, 0, extended))
                .expectNoScheduledDeadlineMatching(org.axonframework.test.matchers.Matchers.messageWithPayload(
                        org.hamcrest.Matchers.equalTo(new TierDue(1, 0, due))));
    }

    @Test
    void aMovedDueTimeKeepsTheTierReachedAndSchedulesTheNextOneFromIt() {
        Instant later = due.plus(Duration.ofDays(2));
        fixture.givenCommands(open())
                .andGiven(new EscalationRaised(RN, 1, OfficerRole.CUSTOMER_SERVICE_MANAGER, CSM, DISTRICT,
                        Duration.ZERO, due.plus(Duration.ofHours(4)), due))
                .when(new MoveDueTime(RN, later, fixture.currentTime()))
                .expectEvents(new EscalationClockResumed(RN, later, later.plus(Duration.ofHours(4)), fixture.currentTime()))
                .expectScheduledDeadline(Duration.ofHours(4).plus(Duration.ofDays(2)).plus(Duration.ofHours(4)),
                        new TierDue(2, 0, later.plus(Duration.ofHours(4))));
    }

    @Test
    void aDeadlineOfTheDueTimeBeforeItMovedRaisesNothing() {
        Instant later = due.plus(Duration.ofDays(2));
        fixture.givenCommands(open())
                .andGiven(new EscalationClockResumed(RN, later, later, fixture.currentTime()))
                .whenTimeElapses(Duration.ofHours(4))
                .expectNoEvents()
                .expectTriggeredDeadlines(new TierDue(1, 0, due));
    }

    @Test
    void aRunningClockThatKeepsItsDueTimeChangesNothing() {
        fixture.givenCommands(open())
                .when(new MoveDueTime(RN, due, fixture.currentTime()))
                .expectNoEvents();
    }

    @Test
    void aPausedClockIgnoresAMovedDueTimeAndStaysPaused() {
        fixture.givenCommands(open(), new PauseClock(RN, fixture.currentTime()))
                .when(new MoveDueTime(RN, due.plus(Duration.ofDays(1)), fixture.currentTime()))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aStoppedCaseIgnoresAMovedDueTime() {
        fixture.givenCommands(open(), new StopCase(RN, "ConnectionReleased", fixture.currentTime()))
                .when(new MoveDueTime(RN, due.plus(Duration.ofDays(1)), fixture.currentTime()))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }
}
