package com.discomcare.connection.policy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static com.discomcare.contracts.connection.ConnectionAreaType.HILLY;
import static com.discomcare.contracts.connection.ConnectionAreaType.RURAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Policy files of an operator's own, e.g. seconds-scale limits for a demonstration. */
class ConnectionPolicyFileTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("policy.json"), json);
    }

    @Test
    void aSecondsScalePolicyIsLoaded() throws IOException {
        Path file = write("""
                {"requestTypes": [
                  {"code": "NEW_CONNECTION", "description": "demo", "conditions": ["EXISTING_NETWORK", "NETWORK_EXTENSION"],
                   "stages": [
                     {"code": "DEMAND_NOTE", "description": "d", "startsAt": "REGISTERED",
                      "limits": [{"limit": "PT4S"}]},
                     {"code": "RELEASE", "description": "r", "startsAt": "PAYMENT_RECEIVED",
                      "limits": [{"conditions": ["EXISTING_NETWORK"], "limit": "PT6S"},
                                 {"conditions": ["NETWORK_EXTENSION"], "limit": "PT1M", "source": "demo"}]}
                   ]}
                ]}
                """);

        ConnectionPolicy policy = ConnectionPolicyFile.load(file);
        Instant from = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(policy.dueTime(new DueTimeQuery("NEW_CONNECTION", "DEMAND_NOTE", null, null, RURAL, null), from)
                .dueAt()).isEqualTo(from.plusSeconds(4));
        var extension = policy.dueTime(new DueTimeQuery("NEW_CONNECTION", "RELEASE", "NETWORK_EXTENSION",
                VoltageClass.HT, HILLY, BigDecimal.TEN), from);
        assertThat(extension.dueAt()).isEqualTo(from.plusSeconds(60));
        assertThat(extension.source()).isEqualTo("demo");
    }

    @Test
    void everyMistakeIsReportedInOneException() throws IOException {
        Path file = write("""
                {"requestTypes": [
                  {"code": "NEW_CONNECTION", "description": "n", "conditions": ["EXISTING_NETWORK", "EXISTING_NETWORK"],
                   "stages": [
                     {"code": "DEMAND_NOTE", "description": "d", "startsAt": "REGISTERED",
                      "limits": [{"voltageClasses": ["LT", "MV"], "areaTypes": ["SUBURBAN"], "limit": "7 days"}]},
                     {"code": "DEMAND_NOTE", "description": "again", "startsAt": "REGISTERED",
                      "limits": [{"conditions": ["UNDER_WATER"], "loadUpTo": -1, "limit": "P1M"}]},
                     {"code": "RELEASE", "description": "r", "limits": []}
                   ]},
                  {"code": "RECONNECTION", "description": "r", "conditions": [],
                   "stages": [{"code": "COMPLETION", "description": "c", "startsAt": "PAYMENT_RECEIVED",
                               "limits": [{"limit": "-PT1H"}, {}]}]},
                  {"code": "RECONNECTION", "description": "again", "conditions": [], "stages": []}
                ]}
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConnectionPolicyFile.load(file))
                .withMessageContaining(file.toString())
                .withMessageContaining("NEW_CONNECTION: condition 'EXISTING_NETWORK' is blank or appears twice")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE row 1: voltage class MV is not one of")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE row 1: area type SUBURBAN is not one of")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE row 1: limit '7 days' is not an ISO-8601 duration")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE appears twice")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE: another stage of NEW_CONNECTION also starts at REGISTERED")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE row 1: condition UNDER_WATER is not one of the request type's")
                .withMessageContaining("NEW_CONNECTION DEMAND_NOTE row 1: loadUpTo must be positive")
                .withMessageContaining("limit 'P1M' is not an ISO-8601 duration")
                .withMessageContaining("NEW_CONNECTION RELEASE: startsAt is missing")
                .withMessageContaining("NEW_CONNECTION RELEASE has no limits")
                .withMessageContaining("RECONNECTION COMPLETION row 1: limit '-PT1H' must be positive")
                .withMessageContaining("RECONNECTION COMPLETION row 2: limit is missing")
                .withMessageContaining("RECONNECTION: no stage starts at REGISTERED")
                .withMessageContaining("request type RECONNECTION appears twice");
    }

    @Test
    void aCaseNoRowCoversAndARowNoCaseReachesAreReported() throws IOException {
        Path file = write("""
                {"requestTypes": [
                  {"code": "SHIFTING", "description": "s", "conditions": ["METER", "TRANSFORMER"],
                   "stages": [{"code": "COMPLETION", "description": "c", "startsAt": "REGISTERED", "limits": [
                     {"conditions": ["METER"], "limit": "P7D"},
                     {"conditions": ["METER"], "areaTypes": ["METRO"], "limit": "P3D"},
                     {"conditions": ["TRANSFORMER"], "voltageClasses": ["LT", "LT_INDUSTRIAL", "HT"], "areaTypes": ["METRO", "MUNICIPAL", "RURAL"], "limit": "P30D"}
                   ]}]},
                  {"code": "TEMPORARY_CONNECTION", "description": "t", "conditions": [],
                   "stages": [{"code": "COMPLETION", "description": "c", "startsAt": "REGISTERED", "limits": [
                     {"loadUpTo": 25, "limit": "P10D"},
                     {"loadUpTo": 10, "limit": "P5D"},
                     {"limit": "P30D"}
                   ]}]}
                ]}
                """);

        assertThatThrownBy(() -> ConnectionPolicyFile.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHIFTING COMPLETION has no limit for TRANSFORMER LT HILLY, "
                        + "TRANSFORMER LT_INDUSTRIAL HILLY, TRANSFORMER HT HILLY, TRANSFORMER EHV METRO, "
                        + "TRANSFORMER EHV MUNICIPAL, TRANSFORMER EHV RURAL, TRANSFORMER EHV HILLY")
                .hasMessageContaining("SHIFTING COMPLETION row 2 never applies")
                .hasMessageContaining("TEMPORARY_CONNECTION COMPLETION row 2 never applies")
                .hasMessageNotContaining("row 1 never")
                .hasMessageNotContaining("row 3 never");
    }

    @Test
    void aFileWithoutRequestTypesIsRejected() throws IOException {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConnectionPolicyFile.load(write("{}")))
                .withMessageContaining("no request types");
    }

    @Test
    void unknownPropertiesAreRejected() throws IOException {
        Path file = write("""
                {"requestTypes": [{"code": "X", "description": "x", "conditions": [], "colour": "red",
                  "stages": [{"code": "S", "description": "s", "startsAt": "REGISTERED", "limits": [{"limit": "P1D"}]}]}]}
                """);

        assertThatThrownBy(() -> ConnectionPolicyFile.load(file))
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .rootCause().hasMessageContaining("colour");
    }
}
