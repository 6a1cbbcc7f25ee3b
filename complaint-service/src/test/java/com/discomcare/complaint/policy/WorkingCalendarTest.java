package com.discomcare.complaint.policy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * 08:00-20:00 Asia/Kolkata. 2026-11-23 is a Monday; the 25th and the 28th-29th are holidays in this calendar.
 * Every other day, weekends included, is a working day.
 */
class WorkingCalendarTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(KOLKATA, LocalTime.of(8, 0),
            LocalTime.of(20, 0),
            Set.of(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-28"), LocalDate.parse("2026-11-29")));

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    private static Instant due(String start, String limit) {
        return CALENDAR.addWorkingTime(ist(start), TimeLimit.parse(limit));
    }

    @Test
    void timeThatFitsTheDayEndsTheSameDay() {
        assertThat(due("2026-11-23T10:00", "PT4H")).isEqualTo(ist("2026-11-23T14:00"));
    }

    @Test
    void workEndingExactlyAtClosingIsDueAtClosing() {
        assertThat(due("2026-11-23T16:00", "PT4H")).isEqualTo(ist("2026-11-23T20:00"));
    }

    @Test
    void timeSpillingPastClosingContinuesAtNextOpening() {
        assertThat(due("2026-11-23T19:00", "PT4H")).isEqualTo(ist("2026-11-24T11:00"));
    }

    @Test
    void startBeforeOpeningMovesToOpening() {
        assertThat(due("2026-11-23T06:30", "PT4H")).isEqualTo(ist("2026-11-23T12:00"));
        assertThat(due("2026-11-23T00:00", "PT1H")).isEqualTo(ist("2026-11-23T09:00"));
    }

    @Test
    void startAfterClosingMovesToNextDaysOpening() {
        assertThat(due("2026-11-23T21:15", "PT4H")).isEqualTo(ist("2026-11-24T12:00"));
        assertThat(due("2026-11-23T23:59:59", "PT1H")).isEqualTo(ist("2026-11-24T09:00"));
    }

    @Test
    void startOnAHolidayMovesToTheNextWorkingDaysOpening() {
        assertThat(due("2026-11-25T10:00", "PT4H")).isEqualTo(ist("2026-11-26T12:00"));
        assertThat(due("2026-11-25T06:00", "PT4H")).isEqualTo(ist("2026-11-26T12:00"));
    }

    @Test
    void startOnTheEveOfConsecutiveHolidaysSkipsThemAll() {
        assertThat(due("2026-11-27T21:00", "PT2H")).isEqualTo(ist("2026-11-30T10:00"));
    }

    @Test
    void timeSpillingIntoAHolidayContinuesAfterIt() {
        assertThat(due("2026-11-24T19:00", "PT4H")).isEqualTo(ist("2026-11-26T11:00"));
    }

    @Test
    void closingTimeItselfIsClosed() {
        assertThat(due("2026-11-23T20:00", "PT1H")).isEqualTo(ist("2026-11-24T09:00"));
    }

    @Test
    void openingTimeItselfIsOpen() {
        assertThat(due("2026-11-23T08:00", "PT1H")).isEqualTo(ist("2026-11-23T09:00"));
    }

    @Test
    void theLastSecondBeforeClosingIsOpen() {
        assertThat(due("2026-11-23T19:59:59", "PT1S")).isEqualTo(ist("2026-11-23T20:00"));
        assertThat(due("2026-11-23T19:59:59", "PT2S")).isEqualTo(ist("2026-11-24T08:00:01"));
    }

    @Test
    void aWholeDayLandsAtTheSameTimeOnTheNextWorkingDay() {
        assertThat(due("2026-11-23T10:00", "P1D")).isEqualTo(ist("2026-11-24T10:00"));
        assertThat(due("2026-11-26T10:00", "P2D")).isEqualTo(ist("2026-11-30T10:00"));
    }

    @Test
    void wholeDaysLandingOnAHolidaySkipIt() {
        assertThat(due("2026-11-24T10:00", "P1D")).isEqualTo(ist("2026-11-26T10:00"));
        assertThat(due("2026-11-23T10:00", "P3D")).isEqualTo(ist("2026-11-27T10:00"));
    }

    @Test
    void wholeDaysCountFromTheNextOpeningWhenStartingOutsideHours() {
        assertThat(due("2026-11-23T21:00", "P1D")).isEqualTo(ist("2026-11-26T08:00"));
        assertThat(due("2026-11-23T05:00", "P1D")).isEqualTo(ist("2026-11-24T08:00"));
    }

    @Test
    void daysThenTimeSpentOnlyWhileOpen() {
        // 24th 15:00 after the day; 5 h to closing, 1 h more after the holiday on the 25th.
        assertThat(due("2026-11-23T15:00", "P1DT6H")).isEqualTo(ist("2026-11-26T09:00"));
    }

    @Test
    void timeLongerThanAWorkingDaySpansSeveralDays() {
        // 12 h on the 23rd, 12 h on the 24th, the 25th is a holiday, 6 h on the 26th.
        assertThat(due("2026-11-23T08:00", "PT30H")).isEqualTo(ist("2026-11-26T14:00"));
    }

    @Test
    void startGivenInAnotherZoneIsReadInTheCalendarsZone() {
        Instant start = OffsetDateTime.parse("2026-11-23T13:30Z").toInstant(); // 19:00 IST

        assertThat(CALENDAR.addWorkingTime(start, TimeLimit.parse("PT4H"))).isEqualTo(ist("2026-11-24T11:00"));
    }

    // ---- working time within a span, and adding it to a moment (how a pause moves a due time) ----

    private static Duration workingTime(String from, String to) {
        return CALENDAR.workingTimeBetween(ist(from), ist(to));
    }

    private static Instant plus(String from, Duration amount) {
        return CALENDAR.plusWorkingTime(ist(from), amount);
    }

    @Test
    void workingTimeWithinOneWorkingDayIsTheWallClockSpan() {
        assertThat(workingTime("2026-11-23T10:00", "2026-11-23T12:30")).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void aSpanAcrossTheNightCountsOnlyTheHoursOpen() {
        // 30 min before closing and 30 min after the next opening.
        assertThat(workingTime("2026-11-23T19:30", "2026-11-24T08:30")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSpanAcrossAHolidayCountsNothingForIt() {
        // 19:00-20:00 on the 24th, nothing on the 25th, 08:00-09:00 on the 26th.
        assertThat(workingTime("2026-11-24T19:00", "2026-11-26T09:00")).isEqualTo(Duration.ofHours(2));
        assertThat(workingTime("2026-11-27T12:00", "2026-11-30T10:00")).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aSpanWhollyOutsideWorkingHoursCountsNothing() {
        assertThat(workingTime("2026-11-23T20:00", "2026-11-24T08:00")).isZero();
        assertThat(workingTime("2026-11-25T09:00", "2026-11-25T18:00")).isZero();
    }

    @Test
    void severalWholeWorkingDaysCountTwelveHoursEach() {
        // The 23rd from 10:00 (10 h), the 24th (12 h), the 26th and 27th (24 h), the 30th until 08:00 (0).
        assertThat(workingTime("2026-11-23T10:00", "2026-11-30T08:00")).isEqualTo(Duration.ofHours(46));
    }

    @Test
    void aSpanThatEndsBeforeItStartsCountsNothing() {
        assertThat(workingTime("2026-11-23T12:00", "2026-11-23T10:00")).isZero();
        assertThat(workingTime("2026-11-23T12:00", "2026-11-23T12:00")).isZero();
    }

    @Test
    void workingTimeAddedAtClosingStartsAtTheNextOpening() {
        assertThat(plus("2026-11-23T20:00", Duration.ofHours(1))).isEqualTo(ist("2026-11-24T09:00"));
        assertThat(plus("2026-11-23T19:30", Duration.ofHours(1))).isEqualTo(ist("2026-11-24T08:30"));
    }

    @Test
    void workingTimeThatEndsExactlyAtClosingEndsAtClosing() {
        assertThat(plus("2026-11-23T19:00", Duration.ofHours(1))).isEqualTo(ist("2026-11-23T20:00"));
    }

    @Test
    void workingTimeAddedBeforeAHolidayContinuesAfterIt() {
        assertThat(plus("2026-11-24T19:00", Duration.ofHours(2))).isEqualTo(ist("2026-11-26T09:00"));
        assertThat(plus("2026-11-25T10:00", Duration.ofHours(1))).isEqualTo(ist("2026-11-26T09:00"));
    }

    @Test
    void noWorkingTimeLeavesTheMomentWhereItIs() {
        assertThat(plus("2026-11-23T20:00", Duration.ZERO)).isEqualTo(ist("2026-11-23T20:00"));
        assertThat(plus("2026-11-25T10:00", Duration.ZERO)).isEqualTo(ist("2026-11-25T10:00"));
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> plus("2026-11-23T10:00", Duration.ofMinutes(-1)));
    }

    @Test
    void addingTheWorkingTimeOfASpanToItsStartReachesTheSameWorkingMomentAsItsEnd() {
        String[][] spans = {
                {"2026-11-23T10:00", "2026-11-23T19:59"},
                {"2026-11-23T19:30", "2026-11-24T08:30"},
                {"2026-11-24T19:00", "2026-11-26T09:00"},
                {"2026-11-23T09:15", "2026-11-30T17:45"},
        };
        for (String[] span : spans) {
            Duration between = workingTime(span[0], span[1]);
            assertThat(plus(span[0], between)).as("%s + working time to %s", span[0], span[1])
                    .isEqualTo(ist(span[1]));
        }
    }

    @Test
    void hoursMustOpenBeforeTheyClose() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new WorkingCalendar(KOLKATA, LocalTime.of(20, 0), LocalTime.of(8, 0), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new WorkingCalendar(KOLKATA, LocalTime.of(8, 0), LocalTime.of(8, 0), Set.of()));
    }
}
