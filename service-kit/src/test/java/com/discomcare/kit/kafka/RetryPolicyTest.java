package com.discomcare.kit.kafka;

import com.discomcare.kit.jdbc.SqlFailures;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, List.of(Duration.ofMillis(200), Duration.ofSeconds(1)));

    @Test
    void aRecordGetsMaxAttemptsWithTheConfiguredPausesTheLastRepeating() {
        assertThat(policy.triesAgainAfter(1)).isTrue();
        assertThat(policy.triesAgainAfter(2)).isTrue();
        assertThat(policy.triesAgainAfter(3)).isFalse();
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pauseAfter(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void whileSomethingIsUnavailablePausesDoubleUpToFiveSeconds() {
        Duration pause = Duration.ZERO;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            pause = RetryPolicy.nextUnavailablePause(pause);
            seen.append(pause.toMillis()).append(' ');
        }
        assertThat(seen.toString().strip()).isEqualTo("250 500 1000 2000 4000 5000 5000");
    }

    @Test
    void connectionTroubleAnywhereInTheCauseChainIsTheDatabaseBeingUnavailable() {
        assertThat(SqlFailures.connectionLost(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(SqlFailures.connectionLost(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(SqlFailures.connectionLost(new IllegalStateException(new SQLTransientConnectionException())))
                .isTrue();
        assertThat(SqlFailures.connectionLost(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(SqlFailures.connectionLost(new IllegalStateException("no officer"))).isFalse();
    }

    @Test
    void aFailureIsDescribedWithItsRootCause() {
        assertThat(RetryPolicy.describe(new IllegalStateException("outer", new SQLException("inner"))))
                .isEqualTo("java.lang.IllegalStateException: outer (caused by java.sql.SQLException: inner)");
    }
}
