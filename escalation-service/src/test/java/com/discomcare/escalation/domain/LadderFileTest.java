package com.discomcare.escalation.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LadderFileTest {

    private static final Instant DUE = Instant.parse("2026-11-23T10:00:00Z");

    private static Ladder parse(String json) {
        return LadderFile.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void theBuiltInLadderGivesSupplyFaultsShortTiersAndWaitsTheSettleTime() {
        Ladder ladder = LadderFile.loadDefault();
        assertThat(ladder.tierDueAt("E1.1", 1, DUE)).isEqualTo(DUE.plusSeconds(5));
        assertThat(ladder.tierDueAt("E1.1", 3, DUE)).isEqualTo(DUE.plus(Duration.ofHours(12)).plusSeconds(5));
        assertThat(ladder.tierDueAt("E2.1", 2, DUE)).isEqualTo(DUE.plus(Duration.ofHours(24)).plusSeconds(5));
    }

    @Test
    void aCaseTypeWithoutItsOwnLadderUsesTheDefault() {
        Ladder ladder = parse("{\"default\": [\"PT0S\", \"PT3S\", \"PT6S\"], \"caseTypes\": {\"E3\": [\"PT1H\", \"PT2H\", \"PT3H\"]}}");
        assertThat(ladder.tierDueAt("E1.1", 2, DUE)).isEqualTo(DUE.plusSeconds(3));
        assertThat(ladder.tierDueAt("E3", 2, DUE)).isEqualTo(DUE.plus(Duration.ofHours(2)));
    }

    @Test
    void mistakesAreRejectedWithTheirReason() {
        assertThatThrownBy(() -> parse("{\"caseTypes\": {}}")).hasMessageContaining("default");
        assertThatThrownBy(() -> parse("{\"default\": [\"PT0S\", \"PT3S\"]}")).hasMessageContaining("3 tiers");
        assertThatThrownBy(() -> parse("{\"default\": [\"PT0S\", \"PT3S\", \"PT2S\"]}")).hasMessageContaining("increasing");
        assertThatThrownBy(() -> parse("{\"default\": [\"PT0S\", \"3 hours\", \"PT6S\"]}")).hasMessageContaining("invalid");
        assertThatThrownBy(() -> parse("{\"default\": [\"PT0S\", \"PT3S\", \"PT6S\"], \"tiers\": 3}")).hasMessageContaining("tiers");
        assertThatThrownBy(() -> parse("{\"default\": [\"PT0S\", \"PT3S\", \"PT6S\"], \"settle\": \"-PT1S\"}")).hasMessageContaining("settle");
    }
}
