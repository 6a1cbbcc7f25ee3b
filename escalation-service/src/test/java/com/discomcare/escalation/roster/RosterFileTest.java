package com.discomcare.escalation.roster;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterFileTest {

    private static RosterFile.Document parse(String json) throws Exception {
        return RosterFile.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void theSampleCoversTwoCirclesWithAGapInPalwal() {
        RosterFile.Document roster = RosterFile.loadDefault();
        assertThat(roster.circles()).hasSize(2);
        assertThat(roster.circles()).flatExtracting(RosterFile.Circle::districts).extracting(RosterFile.District::district)
                .containsExactly("Gurugram", "Rewari", "Faridabad", "Palwal");
        assertThat(roster.circles().get(1).districts().get(1).csm()).isNull();
    }

    @Test
    void everyMistakeIsListed() {
        assertThatThrownBy(() -> parse("""
                {"circles": [{"circle": "C", "head": {"id": "H", "name": "", "phone": "12"},
                  "districts": [{"district": "D", "cro": {"id": "A", "name": "B", "phone": "5123456789"}},
                                {"district": "D"}]}]}"""))
                .hasMessageContaining("head of circle C: id and name are required")
                .hasMessageContaining("head of circle C: phone")
                .hasMessageContaining("CRO of D: phone")
                .hasMessageContaining("district D is unnamed or listed twice");
    }
}
