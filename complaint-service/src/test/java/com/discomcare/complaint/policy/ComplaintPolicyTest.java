package com.discomcare.complaint.policy;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.complaint.ClockType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeMap;

import static com.discomcare.contracts.complaint.AreaType.RURAL;
import static com.discomcare.contracts.complaint.AreaType.URBAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintPolicyTest {

    private static final Duration REOPEN_WINDOW = Duration.ofDays(7);
    private static final ComplaintPolicy DEFAULT = ComplaintPolicyFile.loadDefault(REOPEN_WINDOW);

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    // ---- acceptance examples of the issue ----

    @Test
    void ordinaryUrbanComplaintRegisteredAt19IsDueAt11NextMorning() {
        var due = DEFAULT.dueTime("E1.1", URBAN, ist("2026-11-23T19:00"));

        assertThat(due.dueAt()).isEqualTo(ist("2026-11-24T11:00"));
        assertThat(due.clock()).isEqualTo(ClockType.WORKING_HOURS);
        assertThat(due.limit()).isEqualTo(TimeLimit.parse("PT4H"));
        assertThat(due.category()).isEqualTo("E1.1");
        assertThat(due.areaType()).isEqualTo(URBAN);
        assertThat(due.from()).isEqualTo(ist("2026-11-23T19:00"));
    }

    @Test
    void snappedConductorInTownRegisteredAt19IsDueAt07NextMorningOnThePlainClock() {
        var due = DEFAULT.dueTime("E1.6", URBAN, ist("2026-11-23T19:00"));

        assertThat(due.dueAt()).isEqualTo(ist("2026-11-24T07:00"));
        assertThat(due.clock()).isEqualTo(ClockType.PLAIN);
    }

    // ---- the built-in default policy ----

    @ParameterizedTest
    @ValueSource(strings = {"E1.4", "E1.5", "E1.6", "E1.8"})
    void safetyFaultsRunOnThePlainClock(String code) {
        assertThat(DEFAULT.category(code)).get().extracting(CategoryLimit::clock).isEqualTo(ClockType.PLAIN);
    }

    @Test
    void plainClockRunsThroughTheNight() {
        Instant from = ist("2026-11-23T19:00");

        assertThat(DEFAULT.dueTime("E1.4", URBAN, from).dueAt()).isEqualTo(ist("2026-11-24T03:00"));
        assertThat(DEFAULT.dueTime("E1.5", URBAN, from).dueAt()).isEqualTo(ist("2026-11-24T05:00"));
        assertThat(DEFAULT.dueTime("E1.8", URBAN, from).dueAt()).isEqualTo(ist("2026-11-24T01:00"));
        assertThat(DEFAULT.dueTime("E1.8", RURAL, from).dueAt()).isEqualTo(ist("2026-11-25T01:00"));
    }

    @Test
    void plainClockIgnoresHolidays() {
        // 2026-01-26 (Republic Day) is a holiday in the default calendar.
        assertThat(DEFAULT.dueTime("E1.6", RURAL, ist("2026-01-25T19:00")).dueAt())
                .isEqualTo(ist("2026-01-26T19:00"));
    }

    @Test
    void workingHoursCategorySkipsTheDefaultHolidays() {
        assertThat(DEFAULT.dueTime("E1.1", RURAL, ist("2026-01-25T10:00")).dueAt())
                .isEqualTo(ist("2026-01-27T10:00"));
        assertThat(DEFAULT.dueTime("E1.1", URBAN, ist("2026-01-26T10:00")).dueAt())
                .isEqualTo(ist("2026-01-27T12:00"));
    }

    @Test
    void defaultCalendarIsEightToEightInKolkata() {
        WorkingCalendar calendar = DEFAULT.calendar();

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(calendar.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(calendar.closes()).isEqualTo(LocalTime.of(20, 0));
        assertThat(calendar.holidays()).contains(LocalDate.parse("2026-01-26"), LocalDate.parse("2026-08-15"),
                LocalDate.parse("2026-10-02"));
    }

    @Test
    void reopenWindowIsTheOneGiven() {
        assertThat(DEFAULT.reopenWindow()).isEqualTo(REOPEN_WINDOW);
    }

    @Test
    void everyCategoryCodeOfTheDomainIsKnown() {
        assertThat(DEFAULT.categories().keySet()).contains("E1.1", "E1.2", "E1.3", "E1.4", "E1.5", "E1.6",
                "E1.7", "E1.8", "E1.9", "E1.10", "E1.11a", "E1.11b", "E2.1", "E2.2", "E2.3", "E3");
    }

    /**
     * The table of docs/domain.md, "Complaint time limits"; "24"/"48" hours on the working-hours calendar are
     * one/two working days.
     */
    @ParameterizedTest(name = "{0}: {1} urban {2} rural {3}")
    @CsvSource({
            "E1.1,   WORKING_HOURS, PT4H,  P1D",
            "E1.2,   WORKING_HOURS, PT6H,  P1D",
            "E1.3,   WORKING_HOURS, PT8H,  P1D",
            "E1.4,   PLAIN,         PT8H,  PT24H",
            "E1.5,   PLAIN,         PT10H, PT24H",
            "E1.6,   PLAIN,         PT12H, PT24H",
            "E1.7,   WORKING_HOURS, P1D,   P2D",
            "E1.8,   PLAIN,         PT6H,  PT30H",
            "E1.9,   WORKING_HOURS, P1D,   P3D",
            "E1.10,  WORKING_HOURS, P2D,   P2D",
            "E1.11a, WORKING_HOURS, P1D,   P2D",
            "E1.11b, WORKING_HOURS, P3D,   P3D",
            "E2.1,   WORKING_HOURS, P7D,   P15D",
            "E2.2,   WORKING_HOURS, P15D,  P15D",
            "E2.3,   WORKING_HOURS, P7D,   P7D",
            "E3,     PLAIN,         P10D,  P10D",
    })
    void categoryLimitsMatchTheDomainTables(String code, ClockType clock, String urban, String rural) {
        CategoryLimit category = DEFAULT.category(code).orElseThrow();

        assertThat(category.code()).isEqualTo(code);
        assertThat(category.clock()).isEqualTo(clock);
        assertThat(category.limitFor(URBAN)).isEqualTo(TimeLimit.parse(urban));
        assertThat(category.limitFor(RURAL)).isEqualTo(TimeLimit.parse(rural));
        assertThat(category.description()).isNotBlank();
    }

    @Test
    void spotChecksAgainstDomainTables() {
        assertThat(DEFAULT.category("E1.2").orElseThrow().urban().asPlainDuration()).isEqualTo(Duration.ofHours(6));
        assertThat(DEFAULT.category("E1.8").orElseThrow().rural().asPlainDuration()).isEqualTo(Duration.ofHours(30));
        assertThat(DEFAULT.category("E2.1").orElseThrow().rural()).isEqualTo(new TimeLimit(15, Duration.ZERO));
    }

    @Test
    void plainDaysAreTwentyFourHourDays() {
        assertThat(DEFAULT.dueTime("E3", URBAN, ist("2026-11-23T19:00")).dueAt())
                .isEqualTo(ist("2026-12-03T19:00"));
    }

    @Test
    void unknownCategoryIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULT.dueTime("E9.9", URBAN, ist("2026-11-23T19:00")))
                .withMessageContaining("E9.9");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DEFAULT.dueTime(null, URBAN, ist("2026-11-23T19:00")));
    }

    @Test
    void categoryLookupIsExactAndNullSafe() {
        assertThat(DEFAULT.isKnownCategory("E1.1")).isTrue();
        assertThat(DEFAULT.isKnownCategory("e1.1")).isFalse();
        assertThat(DEFAULT.isKnownCategory("E9.9")).isFalse();
        assertThat(DEFAULT.isKnownCategory(null)).isFalse();
        assertThat(DEFAULT.category(null)).isEmpty();
    }

    @Test
    void aPolicyWithoutCategoriesIsRejected() {
        WorkingCalendar calendar = DEFAULT.calendar();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ComplaintPolicy(new TreeMap<>(), calendar, REOPEN_WINDOW));
    }

    // ---- how a pause moves the due time ----

    @Test
    void aPauseOverNightMovesAWorkingHoursDueTimeByTheWorkingTimeInIt() {
        // E1.1 in town registered at 16:00 is due at closing; paused 19:30, resumed 08:30: one working hour.
        var resumed = DEFAULT.resume(ClockType.WORKING_HOURS, ist("2026-11-23T20:00"), ist("2026-11-23T19:30"),
                ist("2026-11-24T08:30"));

        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofHours(1));
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-24T09:00"));
    }

    @Test
    void aPauseOverAHolidayOfThePolicyCountsNothingForTheHoliday() {
        // 2026-10-02 is a holiday in the built-in policy: 19:00-20:00 on the 1st and 08:00-09:00 on the 3rd.
        var resumed = DEFAULT.resume(ClockType.WORKING_HOURS, ist("2026-10-03T09:00"), ist("2026-10-01T19:00"),
                ist("2026-10-03T09:00"));

        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofHours(2));
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-10-03T11:00"));
    }

    @Test
    void aPauseWhollyOutsideWorkingHoursLeavesAWorkingHoursDueTimeAlone() {
        var resumed = DEFAULT.resume(ClockType.WORKING_HOURS, ist("2026-11-24T10:00"), ist("2026-11-23T20:30"),
                ist("2026-11-24T07:30"));

        assertThat(resumed.pausedFor()).isZero();
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-24T10:00"));
    }

    @Test
    void aPauseMovesAPlainDueTimeByItsWallClockSpan() {
        var resumed = DEFAULT.resume(ClockType.PLAIN, ist("2026-11-24T07:00"), ist("2026-11-23T19:30"),
                ist("2026-11-24T08:30"));

        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofHours(13));
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-24T20:00"));
    }

    @Test
    void aResumeStampedBeforeThePauseMovesNothing() {
        for (ClockType clock : ClockType.values()) {
            var resumed = DEFAULT.resume(clock, ist("2026-11-23T15:00"), ist("2026-11-23T12:00"),
                    ist("2026-11-23T11:59"));

            assertThat(resumed.pausedFor()).as(clock.name()).isZero();
            assertThat(resumed.dueAt()).as(clock.name()).isEqualTo(ist("2026-11-23T15:00"));
        }
    }

    @Test
    void anOverdueComplaintPausedAndResumedStaysOverdueByTheSameWorkingTime() {
        // Due 10:00, paused 11:00 (one working hour late), resumed 15:00: due 14:00, still one hour late.
        var resumed = DEFAULT.resume(ClockType.WORKING_HOURS, ist("2026-11-23T10:00"), ist("2026-11-23T11:00"),
                ist("2026-11-23T15:00"));

        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-23T14:00"));
    }

    // ---- a policy file of the operator's own ----

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("policy.json"), json);
    }

    @Test
    void aSmallValidFileIsLoaded() throws IOException {
        Path file = write("""
                {
                  "calendar": {"zone": "Asia/Kolkata", "opens": "08:00", "closes": "20:00", "holidays": []},
                  "categories": [
                    {"code": "E1.1", "description": "test", "clock": "PLAIN", "urban": "PT3S", "rural": "PT5S"}
                  ]
                }
                """);

        ComplaintPolicy policy = ComplaintPolicyFile.load(file, Duration.ofMinutes(1));
        Instant from = ist("2026-11-23T19:59:58");

        assertThat(policy.categories().keySet()).containsExactly("E1.1");
        assertThat(policy.dueTime("E1.1", URBAN, from).dueAt()).isEqualTo(from.plusSeconds(3));
        assertThat(policy.dueTime("E1.1", RURAL, from).dueAt()).isEqualTo(from.plusSeconds(5));
        assertThat(policy.reopenWindow()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void holidaysMayBeLeftOut() throws IOException {
        Path file = write("""
                {
                  "calendar": {"zone": "UTC", "opens": "09:00", "closes": "17:00"},
                  "categories": [
                    {"code": "X", "description": "x", "clock": "WORKING_HOURS", "urban": "PT1H", "rural": "PT1H"}
                  ]
                }
                """);

        ComplaintPolicy policy = ComplaintPolicyFile.load(file, REOPEN_WINDOW);

        assertThat(policy.calendar().holidays()).isEmpty();
        assertThat(policy.dueTime("X", URBAN, Instant.parse("2026-11-23T16:30:00Z")).dueAt())
                .isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
    }

    @Test
    void everyMistakeIsReportedInOneException() throws IOException {
        Path file = write("""
                {
                  "calendar": {"zone": "Asia/Kolkata", "opens": "08:00", "closes": "20:00",
                               "holidays": ["2026-02-30"]},
                  "categories": [
                    {"code": "E1.1", "description": "a", "clock": "PLAIN", "urban": "4 hours", "rural": "P1D"},
                    {"code": "E1.2", "description": "b", "urban": "PT6H", "rural": "P1D"},
                    {"code": "E1.3", "description": "c", "clock": "PLAIN", "urban": "PT8H", "rural": "P1D"},
                    {"code": "E1.3", "description": "d", "clock": "PLAIN", "urban": "PT8H", "rural": "P1M"}
                  ]
                }
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintPolicyFile.load(file, REOPEN_WINDOW))
                .withMessageContaining(file.toString())
                .withMessageContaining("calendar")
                .withMessageContaining("2026-02-30")
                .withMessageContaining("category E1.1 urban")
                .withMessageContaining("'4 hours'")
                .withMessageContaining("category E1.2: clock must be WORKING_HOURS or PLAIN")
                .withMessageContaining("category E1.3 appears twice")
                .withMessageContaining("category E1.3 rural")
                .withMessageContaining("'P1M'");
    }

    @Test
    void missingLimitsAndCodesAreReported() throws IOException {
        Path file = write("""
                {
                  "calendar": {"zone": "Asia/Kolkata", "opens": "08:00", "closes": "20:00", "holidays": []},
                  "categories": [
                    {"code": "E1.1", "description": "a", "clock": "PLAIN", "rural": "P1D"},
                    {"description": "no code", "clock": "PLAIN", "urban": "PT1H", "rural": "P1D"}
                  ]
                }
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintPolicyFile.load(file, REOPEN_WINDOW))
                .withMessageContaining("category E1.1 urban: missing")
                .withMessageContaining("a category without a code");
    }

    @Test
    void aFileWithoutCalendarOrCategoriesIsRejected() throws IOException {
        Path file = write("{}");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintPolicyFile.load(file, REOPEN_WINDOW))
                .withMessageContaining("no calendar")
                .withMessageContaining("no categories");
    }

    @Test
    void workingHoursThatCloseBeforeTheyOpenAreRejected() throws IOException {
        Path file = write("""
                {
                  "calendar": {"zone": "Asia/Kolkata", "opens": "20:00", "closes": "08:00", "holidays": []},
                  "categories": [
                    {"code": "E1.1", "description": "a", "clock": "PLAIN", "urban": "PT1H", "rural": "P1D"}
                  ]
                }
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintPolicyFile.load(file, REOPEN_WINDOW))
                .withMessageContaining("calendar")
                .withMessageContaining("open before they close");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            """
            {"calendar": {"zone": "UTC", "opens": "08:00", "closes": "20:00", "holidays": []},
             "categories": [{"code": "X", "description": "x", "clock": "PLAIN", "urban": "PT1H", "rural": "PT1H"}],
             "colour": "red"}
            """,
            """
            {"calendar": {"zone": "UTC", "opens": "08:00", "closes": "20:00", "holidays": [], "colour": "red"},
             "categories": [{"code": "X", "description": "x", "clock": "PLAIN", "urban": "PT1H", "rural": "PT1H"}]}
            """,
            """
            {"calendar": {"zone": "UTC", "opens": "08:00", "closes": "20:00", "holidays": []},
             "categories": [{"code": "X", "description": "x", "clock": "PLAIN", "urban": "PT1H", "rural": "PT1H",
                             "colour": "red"}]}
            """})
    void unknownPropertiesAreRejected(String json) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> ComplaintPolicyFile.load(file, REOPEN_WINDOW))
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .rootCause().hasMessageContaining("colour");
    }

    @Test
    void dueTimeRecordsWhatItWasComputedFrom() {
        var calendar = new WorkingCalendar(ZoneId.of("UTC"), LocalTime.of(8, 0), LocalTime.of(20, 0), Set.of());
        var categories = new TreeMap<String, CategoryLimit>();
        categories.put("A", new CategoryLimit("A", "a", ClockType.WORKING_HOURS, TimeLimit.parse("PT1H"),
                TimeLimit.parse("PT2H")));
        var policy = new ComplaintPolicy(categories, calendar, REOPEN_WINDOW);
        Instant from = Instant.parse("2026-11-23T19:30:00Z");

        ComplaintPolicy.DueTime due = policy.dueTime("A", AreaType.RURAL, from);

        assertThat(due).isEqualTo(new ComplaintPolicy.DueTime("A", RURAL, ClockType.WORKING_HOURS,
                TimeLimit.parse("PT2H"), from, Instant.parse("2026-11-24T09:30:00Z")));
    }
}
