package com.discomcare.complaint.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeLimitTest {

    @Test
    void hoursOnlyLimitHasNoDays() {
        assertThat(TimeLimit.parse("PT4H")).isEqualTo(new TimeLimit(0, Duration.ofHours(4)));
    }

    @Test
    void daysOnlyLimitHasNoTimePart() {
        assertThat(TimeLimit.parse("P3D")).isEqualTo(new TimeLimit(3, Duration.ZERO));
    }

    @Test
    void daysAndTimeStayApart() {
        assertThat(TimeLimit.parse("P1DT6H")).isEqualTo(new TimeLimit(1, Duration.ofHours(6)));
    }

    @Test
    void weeksBecomeDays() {
        assertThat(TimeLimit.parse("P2W")).isEqualTo(new TimeLimit(14, Duration.ZERO));
        assertThat(TimeLimit.parse("P1W2D")).isEqualTo(new TimeLimit(9, Duration.ZERO));
    }

    @Test
    void hoursBeyondADayAreNotFoldedIntoDays() {
        assertThat(TimeLimit.parse("PT30H")).isEqualTo(new TimeLimit(0, Duration.ofHours(30)));
    }

    @Test
    void minutesAreNotMistakenForMonths() {
        assertThat(TimeLimit.parse("PT90M")).isEqualTo(new TimeLimit(0, Duration.ofMinutes(90)));
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreAccepted() {
        assertThat(TimeLimit.parse("  p1dt6h ")).isEqualTo(new TimeLimit(1, Duration.ofHours(6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1M", "P1Y", "P1Y2D", "P2M3D", "P1MT4H"})
    void monthsAndYearsAreRejected(String iso) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.parse(iso))
                .withMessageContaining(iso)
                .withMessageContaining("not months or years");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "PT0S", "P0DT0H", "PT0H", "P", "P0W"})
    void zeroIsRejected(String iso) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.parse(iso))
                .withMessageContaining("positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-PT4H", "PT-4H", "P-3D", "P1DT-1H", "-P1D"})
    void negativeIsRejected(String iso) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "4h", "4 hours", "TOMORROW", "PT", "P1DT", "PT4X", "P1.5D", "PT1HT2M", "24"})
    void garbageIsRejectedWithAMessageNamingTheInputAndTheExpectedForm(String iso) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeLimit.parse(iso))
                .withMessageContaining("'" + iso + "'")
                .withMessageContaining("ISO-8601");
    }

    @Test
    void constructorRejectsNegativeDaysAndNothingAtAll() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(-1, Duration.ofHours(30)));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(0, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(1, Duration.ofSeconds(-1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4H", "P3D", "P1DT6H", "PT1H30M", "PT30H", "P15D", "PT3S", "PT0.5S", "P2DT45M"})
    void toStringRoundTrips(String iso) {
        TimeLimit limit = TimeLimit.parse(iso);

        assertThat(limit.toString()).isEqualTo(iso);
        assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
    }

    @Test
    void toStringWritesWeeksAsDays() {
        assertThat(TimeLimit.parse("P2W")).hasToString("P14D");
    }

    @Test
    void plainDurationCountsADayAsTwentyFourHours() {
        assertThat(TimeLimit.parse("PT4H").asPlainDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(TimeLimit.parse("P3D").asPlainDuration()).isEqualTo(Duration.ofHours(72));
        assertThat(TimeLimit.parse("P1DT6H").asPlainDuration()).isEqualTo(Duration.ofHours(30));
        assertThat(TimeLimit.parse("PT30H").asPlainDuration()).isEqualTo(Duration.ofHours(30));
        assertThat(TimeLimit.parse("P2W").asPlainDuration()).isEqualTo(Duration.ofDays(14));
    }
}
