package com.discomcare.connection.policy;

import com.discomcare.connection.documents.DocumentChecklist;
import com.discomcare.connection.documents.DocumentChecklistFile;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.stream.Collectors;

import static com.discomcare.connection.policy.VoltageClass.LT;
import static com.discomcare.contracts.connection.ConnectionAreaType.METRO;
import static com.discomcare.contracts.connection.ConnectionAreaType.MUNICIPAL;
import static com.discomcare.contracts.connection.ConnectionAreaType.RURAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The built-in time limits: the stricter of the charters and the Rules, as docs/domain.md tabulates them. */
class ConnectionPolicyTest {

    private static final ConnectionPolicy DEFAULT = ConnectionPolicyFile.loadDefault();

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    private static Duration limit(String type, String stage, String condition, VoltageClass voltageClass,
                                  ConnectionAreaType area, String load) {
        return DEFAULT.limitFor(new DueTimeQuery(type, stage, condition, voltageClass, area,
                load == null ? null : new BigDecimal(load))).limit();
    }

    // ---- new connections ----

    @ParameterizedTest(name = "demand note, {0}: {1}")
    @CsvSource({"LT, P7D", "LT_INDUSTRIAL, P10D", "HT, P15D", "EHV, P30D"})
    void theDemandNoteIsDueBySupplyClassInEveryArea(VoltageClass voltageClass, String expected) {
        for (ConnectionAreaType area : ConnectionAreaType.values()) {
            for (String condition : new String[]{"EXISTING_NETWORK", "NETWORK_EXTENSION"}) {
                assertThat(limit("NEW_CONNECTION", "DEMAND_NOTE", condition, voltageClass, area, null))
                        .as(area + " " + condition).isEqualTo(Duration.parse(expected));
            }
        }
    }

    @ParameterizedTest(name = "release on the existing network, {0}: {1}")
    @CsvSource({"METRO, P3D", "MUNICIPAL, P7D", "RURAL, P15D", "HILLY, P20D"})
    void releaseOnTheExistingNetworkIsTheStricterOfTheRulesAndTwentyDays(ConnectionAreaType area, String expected) {
        for (VoltageClass voltageClass : VoltageClass.values()) {
            assertThat(limit("NEW_CONNECTION", "RELEASE", "EXISTING_NETWORK", voltageClass, area, null))
                    .as(voltageClass.name()).isEqualTo(Duration.parse(expected));
        }
    }

    @ParameterizedTest(name = "release after network extension, {0} {1}: {2}")
    @CsvSource({
            "LT,            METRO,     P60D",
            "LT,            MUNICIPAL, P60D",
            "LT,            RURAL,     P90D",
            "LT,            HILLY,     P90D",
            "LT_INDUSTRIAL, METRO,     P60D",
            "LT_INDUSTRIAL, HILLY,     P60D",
            "HT,            METRO,     P45D",
            "HT,            RURAL,     P45D",
            "EHV,           MUNICIPAL, P90D",
    })
    void releaseAfterNetworkExtensionIsTheStricterOfTheChartersAndNinetyDays(VoltageClass voltageClass,
                                                                           ConnectionAreaType area, String expected) {
        assertThat(limit("NEW_CONNECTION", "RELEASE", "NETWORK_EXTENSION", voltageClass, area, null))
                .isEqualTo(Duration.parse(expected));
    }

    @Test
    void aDueTimeIsTheStartPlusTheLimitOnThePlainClock() {
        var query = new DueTimeQuery("NEW_CONNECTION", "RELEASE", "EXISTING_NETWORK", LT, METRO, null);

        ConnectionPolicy.DueTime due = DEFAULT.dueTime(query, ist("2026-11-23T19:00"));

        assertThat(due.dueAt()).isEqualTo(ist("2026-11-26T19:00"));
        assertThat(due.limit()).isEqualTo(Duration.ofDays(3));
        assertThat(due.from()).isEqualTo(ist("2026-11-23T19:00"));
        assertThat(due.query()).isEqualTo(query);
        assertThat(due.source()).startsWith("Rights of Consumers Rules: metropolitan area");
    }

    @Test
    void anApplicationStartsWithTheDemandNoteAndPaymentStartsTheRelease() {
        RequestTypePolicy newConnection = DEFAULT.requestType("NEW_CONNECTION").orElseThrow();

        assertThat(newConnection.firstStage().code()).isEqualTo("DEMAND_NOTE");
        assertThat(newConnection.stageStartingAt("PAYMENT_RECEIVED")).get().extracting(StagePolicy::code)
                .isEqualTo("RELEASE");
        assertThat(newConnection.stageStartingAt("SITE_INSPECTED")).isEmpty();
        assertThat(newConnection.conditions()).containsExactly("EXISTING_NETWORK", "NETWORK_EXTENSION");
    }

    // ---- service requests ----

    @ParameterizedTest(name = "temporary connection, {0}, {1} kVA: {2}")
    @CsvSource({
            "METRO,     8,    P3D",
            "METRO,     200,  P3D",
            "MUNICIPAL, 10,   P5D",
            "MUNICIPAL, 10.5, P7D",
            "RURAL,     10,   P5D",
            "RURAL,     25,   P10D",
            "RURAL,     30,   P15D",
            "HILLY,     9,    P5D",
            "HILLY,     25,   P10D",
            "HILLY,     50,   P20D",
            "HILLY,     51,   P30D",
    })
    void aTemporaryConnectionIsDueByItsLoadAndArea(ConnectionAreaType area, String kva, String expected) {
        assertThat(limit("TEMPORARY_CONNECTION", "COMPLETION", null, null, area, kva))
                .isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "reconnection, {0}: {1}")
    @CsvSource({
            "DISCONNECTED_UNDER_6_MONTHS,     PT24H",
            "SERVICE_LINE_CONNECTED_OUTSIDE,  P3D",
            "OVER_6_MONTHS_EQUIPMENT_ON_SITE, PT48H",
            "OVER_6_MONTHS_EQUIPMENT_REMOVED, P7D",
    })
    void aReconnectionIsDueByHowItWasDisconnected(String condition, String expected) {
        for (ConnectionAreaType area : ConnectionAreaType.values()) {
            assertThat(limit("RECONNECTION", "COMPLETION", condition, null, area, null)).as(area.name())
                    .isEqualTo(Duration.parse(expected));
        }
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
            "SHIFTING,        METER_OR_SERVICE_LINE,       METRO,     P3D",
            "SHIFTING,        METER_OR_SERVICE_LINE,       HILLY,     P7D",
            "SHIFTING,        AFTER_OUTSIDE_DISCONNECTION, METRO,     P3D",
            "SHIFTING,        AFTER_OUTSIDE_DISCONNECTION, MUNICIPAL, P7D",
            "SHIFTING,        AFTER_OUTSIDE_DISCONNECTION, RURAL,     P15D",
            "SHIFTING,        AFTER_OUTSIDE_DISCONNECTION, HILLY,     P20D",
            "SHIFTING,        TRANSFORMER_STRUCTURE,       METRO,     P30D",
            "PHASE_CHANGE,    EXISTING_NETWORK,            RURAL,     P15D",
            "PHASE_CHANGE,    NETWORK_EXTENSION,           RURAL,     P30D",
            "LOAD_CHANGE,     EXISTING_NETWORK,            HILLY,     P30D",
            "LOAD_CHANGE,     NETWORK_EXTENSION,           METRO,     P90D",
    })
    void modificationsAreTheStricterOfTheChartersAndTheRules(String type, String condition, ConnectionAreaType area,
                                                            String expected) {
        assertThat(limit(type, "COMPLETION", condition, null, area, null)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "NAME_CHANGE,              METRO,     P3D",
            "NAME_CHANGE,              RURAL,     P7D",
            "CATEGORY_CHANGE,          MUNICIPAL, P7D",
            "CATEGORY_CHANGE,          HILLY,     P30D",
            "DISCONNECTION_ON_REQUEST, METRO,     P7D",
    })
    void requestsWithoutConditionsAreDueByArea(String type, ConnectionAreaType area, String expected) {
        assertThat(limit(type, "COMPLETION", null, null, area, null)).isEqualTo(Duration.parse(expected));
    }

    @Test
    void everyRequestTypeOfTheChecklistHasTimeLimitsWhoseStagesStartAtRegistrationOrOneOfItsSteps() {
        DocumentChecklist checklist = DocumentChecklistFile.loadDefault();
        var policyTypes = new HashSet<>(checklist.serviceRequestTypes());
        policyTypes.add("NEW_CONNECTION");
        var stepCodes = checklist.serviceRequestTypes().stream()
                .flatMap(type -> checklist.serviceRequest(type).orElseThrow().stepCodes().stream())
                .collect(Collectors.toSet());

        assertThat(DEFAULT.requestTypes()).extracting(RequestTypePolicy::code)
                .containsExactlyInAnyOrderElementsOf(policyTypes);
        for (RequestTypePolicy type : DEFAULT.requestTypes()) {
            assertThat(type.firstStage().startsAt()).isEqualTo(ConnectionPolicy.REGISTERED);
            for (StagePolicy stage : type.stages()) {
                assertThat(stage.startsAt()).as(type.code() + " " + stage.code())
                        .satisfiesAnyOf(start -> assertThat(start).isEqualTo(ConnectionPolicy.REGISTERED),
                                start -> assertThat(stepCodes).contains(start));
            }
        }
    }

    // ---- what a lookup needs ----

    @Test
    void aLookupSaysWhichValueItLacks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("NEW_CONNECTION", "DEMAND_NOTE", "EXISTING_NETWORK", null, METRO, null))
                .withMessage("the NEW_CONNECTION DEMAND_NOTE limit depends on the voltage class: give it");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("RECONNECTION", "COMPLETION", null, null, METRO, null))
                .withMessage("the RECONNECTION COMPLETION limit depends on the condition: give it");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("TEMPORARY_CONNECTION", "COMPLETION", null, null, RURAL, null))
                .withMessage("the TEMPORARY_CONNECTION COMPLETION limit depends on the load: give it");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("NAME_CHANGE", "COMPLETION", null, null, null, null))
                .withMessage("the NAME_CHANGE COMPLETION limit depends on the area type: give it");
    }

    @Test
    void whatALimitDoesNotDependOnMayBeLeftOut() {
        // The existing network's release depends on the area alone; a metro temporary connection not on its load.
        assertThat(limit("NEW_CONNECTION", "RELEASE", "EXISTING_NETWORK", null, MUNICIPAL, null))
                .isEqualTo(Duration.ofDays(7));
        assertThat(limit("TEMPORARY_CONNECTION", "COMPLETION", null, null, METRO, null)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void unknownTypesStagesAndConditionsAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("TELEPORTATION", "COMPLETION", null, null, METRO, null))
                .withMessageStartingWith("unknown request type TELEPORTATION: one of [NEW_CONNECTION");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("NEW_CONNECTION", "COMPLETION", null, LT, METRO, null))
                .withMessage("NEW_CONNECTION has no stage COMPLETION: one of [DEMAND_NOTE, RELEASE]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("NEW_CONNECTION", "RELEASE", "ON_THE_MOON", LT, METRO, null))
                .withMessage("ON_THE_MOON is not a condition of NEW_CONNECTION: one of [EXISTING_NETWORK, "
                        + "NETWORK_EXTENSION]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limit("NAME_CHANGE", "COMPLETION", "EXISTING_NETWORK", null, METRO, null))
                .withMessage("NAME_CHANGE takes no condition");
        assertThat(DEFAULT.requestType(null)).isEmpty();
    }

    // ---- the clock stops while a deficiency is open ----

    @Test
    void aPauseMovesTheDueTimeByThePausedSpan() {
        var resumed = ConnectionPolicy.resume(ist("2026-11-26T19:00"), ist("2026-11-24T10:00"),
                ist("2026-11-27T16:30"));

        assertThat(resumed.pausedFor()).isEqualTo(Duration.ofHours(78).plusMinutes(30));
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-30T01:30"));
    }

    @Test
    void anOverduePausedRequestStaysOverdueByAsMuch() {
        // Due 10:00, paused 12:00 (two hours late), resumed 15:00: due 13:00, still two hours late.
        var resumed = ConnectionPolicy.resume(ist("2026-11-23T10:00"), ist("2026-11-23T12:00"), ist("2026-11-23T15:00"));

        assertThat(Duration.between(resumed.dueAt(), ist("2026-11-23T15:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aResumeStampedBeforeThePauseMovesNothing() {
        var resumed = ConnectionPolicy.resume(ist("2026-11-23T15:00"), ist("2026-11-23T12:00"), ist("2026-11-23T11:59"));

        assertThat(resumed.pausedFor()).isZero();
        assertThat(resumed.dueAt()).isEqualTo(ist("2026-11-23T15:00"));
    }

    @Test
    void twoPausesAddUp() {
        Instant due = ist("2026-11-26T10:00");
        var first = ConnectionPolicy.resume(due, ist("2026-11-23T10:00"), ist("2026-11-24T10:00"));
        var second = ConnectionPolicy.resume(first.dueAt(), ist("2026-11-25T10:00"), ist("2026-11-25T16:00"));

        assertThat(second.dueAt()).isEqualTo(ist("2026-11-27T16:00"));
    }

    // ---- voltage classes ----

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            "DS,            5,    KW,  LT",
            "DS,            50,   KW,  LT",
            "DS,            50.1, KW,  HT",
            "NDS,           20,   KW,  LT",
            "AGRICULTURE,   10,   KW,  LT",
            "STREET_LIGHT,  2,    KW,  LT",
            "BULK,          50,   KW,  LT",
            "BULK,          60,   KW,  HT",
            "LT_INDUSTRIAL, 20,   KW,  LT_INDUSTRIAL",
            "LT_INDUSTRIAL, 60,   KW,  LT_INDUSTRIAL",
            "HT,            40,   KVA, HT",
            "BULK,          40,   KVA, HT",
    })
    void theVoltageClassFollowsTheCategoryAndLoad(ConnectionCategory category, String load, LoadUnit unit,
                                                  VoltageClass expected) {
        assertThat(VoltageClass.of(category, new BigDecimal(load), unit)).isEqualTo(expected);
    }
}
