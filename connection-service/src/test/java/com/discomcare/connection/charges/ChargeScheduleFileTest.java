package com.discomcare.connection.charges;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static com.discomcare.contracts.connection.ConnectionCategory.DS;
import static com.discomcare.contracts.connection.ConnectionCategory.HT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Charges files of an operator's own: versions by date, and every mistake reported at once. */
class ChargeScheduleFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The built-in file, to change a copy of. */
    private static ObjectNode builtIn() throws IOException {
        try (InputStream in = ChargeScheduleFile.class.getClassLoader()
                .getResourceAsStream(ChargeScheduleFile.DEFAULT_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode firstVersion(ObjectNode file) {
        return (ObjectNode) ((ArrayNode) file.get("versions")).get(0);
    }

    /** The charge {@code code} of {@code category} in {@code version}. */
    private static ObjectNode charge(ObjectNode version, String category, String code) {
        for (var categoryNode : version.get("categories")) {
            if (categoryNode.get("category").asText().equals(category)) {
                for (var chargeNode : categoryNode.get("charges")) {
                    if (chargeNode.get("code").asText().equals(code)) {
                        return (ObjectNode) chargeNode;
                    }
                }
            }
        }
        throw new IllegalArgumentException(category + " " + code);
    }

    private Path write(ObjectNode file) throws IOException {
        return Files.writeString(dir.resolve("charges.json"), JSON.writeValueAsString(file));
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("charges.json"), json);
    }

    private static final QuoteRequest DS_FIVE_KW = QuoteRequest.simple(DS, new BigDecimal("5"), 1);

    @Test
    void aDemandNoteIsPricedWithTheVersionInForceOnItsDateInIndia() throws IOException {
        ObjectNode file = builtIn();
        ObjectNode revised = firstVersion(file).deepCopy();
        revised.put("version", "HERC-2025");
        revised.put("effectiveFrom", "2025-04-01");
        charge(revised, "DS", "PROCESSING").put("fixed", 10);
        charge(revised, "DS", "CONSUMPTION_DEPOSIT").put("perUnit", 600);
        ((ArrayNode) file.get("versions")).add(revised);

        ChargeSchedule schedule = ChargeScheduleFile.load(write(file));

        assertThat(schedule.versions()).extracting(ChargesVersion::version).containsExactly("DHBVN-CHARTER", "HERC-2025");
        assertThat(schedule.versionOn(LocalDate.parse("2025-03-31")).version()).isEqualTo("DHBVN-CHARTER");
        assertThat(schedule.versionOn(LocalDate.parse("2025-04-01")).version()).isEqualTo("HERC-2025");
        // 31 March 19:00 UTC is 1 April 00:30 in India: the new version.
        Quote quote = schedule.quote(DS_FIVE_KW, Instant.parse("2025-03-31T19:00:00Z"));
        assertThat(quote.version()).isEqualTo("HERC-2025");
        assertThat(quote.effectiveFrom()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(quote.total()).isEqualTo(10 + 3000 + 650 + 50);
        assertThat(schedule.quote(DS_FIVE_KW, Instant.parse("2025-03-31T18:00:00Z")).total()).isEqualTo(3205);
    }

    @Test
    void versionsMayBeListedInAnyOrder() throws IOException {
        ObjectNode file = builtIn();
        ObjectNode older = firstVersion(file).deepCopy();
        older.put("version", "OLD");
        older.put("effectiveFrom", "2010-01-01");
        ((ArrayNode) file.get("versions")).add(older);

        ChargeSchedule schedule = ChargeScheduleFile.load(write(file));

        assertThat(schedule.versions()).extracting(ChargesVersion::version).containsExactly("OLD", "DHBVN-CHARTER");
        assertThat(schedule.versionOn(LocalDate.parse("2019-06-01")).version()).isEqualTo("OLD");
    }

    @Test
    void aShareWithTheApplicationRoundsToTheRupeeAndTheRestMakesUpTheWhole() throws IOException {
        ObjectNode file = builtIn();
        charge(firstVersion(file), "HT", "CONSUMPTION_DEPOSIT").put("perUnit", 700);

        Quote quote = ChargeScheduleFile.load(write(file))
                .quote(QuoteRequest.simple(HT, BigDecimal.ONE, 3), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(quote.lines()).filteredOn(line -> line.code().equals("CONSUMPTION_DEPOSIT"))
                .extracting(QuoteLine::amount).containsExactly(233L, 467L);
    }

    @Test
    void everyMistakeIsReportedInOneException() throws IOException {
        ObjectNode file = builtIn();
        ObjectNode version = firstVersion(file);
        version.put("effectiveFrom", "2020-02-30");
        ((ArrayNode) version.get("categories")).remove(6); // STREET_LIGHT
        charge(version, "DS", "PROCESSING").put("perUnit", 3);
        charge(version, "DS", "CONSUMPTION_DEPOSIT").put("payable", "LATER");
        charge(version, "HT", "CONSUMPTION_DEPOSIT").put("shareWithApplication", "4/3");
        charge(version, "NDS", "PROCESSING").put("code", "CONSUMPTION_DEPOSIT");
        ((ObjectNode) charge(version, "NDS", "SERVICE_CONNECTION").get("perUnitByPhases")).put("2", 500);
        ((ObjectNode) ((ArrayNode) version.get("developmentPerSqYd")).get(1)).put("upToSqYd", 50);
        ((ArrayNode) version.get("meters")).remove(4); // HT
        ((ObjectNode) ((ArrayNode) version.get("meters")).get(0)).put("price", -650);
        ((ObjectNode) version.get("temporary")).put("multiplier", 0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChargeScheduleFile.load(write(file)))
                .withMessageContaining(dir.toString())
                .withMessageContaining("version DHBVN-CHARTER: effectiveFrom '2020-02-30' is not a date")
                .withMessageContaining("no charges for category STREET_LIGHT")
                .withMessageContaining("DS, PROCESSING: give exactly one of fixed, perUnit, perUnitByPhases")
                .withMessageContaining("DS, CONSUMPTION_DEPOSIT: payable 'LATER' is not one of [WITH_APPLICATION, WITH_DEMAND_NOTE]")
                .withMessageContaining("HT, CONSUMPTION_DEPOSIT: shareWithApplication '4/3' is not a fraction between 0 and 1")
                .withMessageContaining("NDS, CONSUMPTION_DEPOSIT: appears twice")
                .withMessageContaining("NDS, SERVICE_CONNECTION: perUnitByPhases: phases '2' must be 1 or 3")
                .withMessageContaining("developmentPerSqYd: bands must rise: 50 follows 100")
                .withMessageContaining("developmentPerSqYd: the last band must have no bound")
                .withMessageContaining("no HT meter for every load")
                .withMessageContaining("meter SINGLE_PHASE: price must not be negative")
                .withMessageContaining("temporary multiplier must be at least 1");
    }

    @Test
    void bandsMustRiseAndLinesTakeOneForm() throws IOException {
        ObjectNode file = builtIn();
        ObjectNode version = firstVersion(file);
        ArrayNode bands = (ArrayNode) version.get("developmentPerSqYd");
        bands.insertObject(1).put("upToSqYd", 80).put("rupees", 20);
        for (var category : version.get("categories")) {
            if (category.get("category").asText().equals("AGRICULTURE")) {
                ((ObjectNode) category.get("line")).put("estimateBeyondMetres", 30);
            }
        }
        ((ObjectNode) ((ArrayNode) version.get("meters")).get(4).get("transformers").get("ratios").get(1))
                .put("upToLoad", 2000);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChargeScheduleFile.load(write(file)))
                .withMessageContaining("developmentPerSqYd: bands must rise: 80 follows 100")
                .withMessageContaining("AGRICULTURE, line: give exactly one of")
                .withMessageContaining("meter HT, transformers: no ratio for every load");
    }

    @Test
    void aFileWithoutVersionsIsRejected() throws IOException {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChargeScheduleFile.load(write("{\"versions\": []}")))
                .withMessageContaining("no versions");
    }

    @Test
    void twoVersionsInForceFromOneDayAreRejected() throws IOException {
        ObjectNode file = builtIn();
        ObjectNode twin = firstVersion(file).deepCopy();
        twin.put("version", "TWIN");
        ((ArrayNode) file.get("versions")).add(twin);
        ObjectNode same = firstVersion(file).deepCopy();
        ((ArrayNode) file.get("versions")).add(same);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChargeScheduleFile.load(write(file)))
                .withMessageContaining("version TWIN: another version is also in force from 2020-01-01")
                .withMessageContaining("version DHBVN-CHARTER appears twice");
    }

    @Test
    void unknownPropertiesAreRejected() throws IOException {
        ObjectNode file = builtIn();
        charge(firstVersion(file), "DS", "PROCESSING").put("colour", "red");

        assertThatThrownBy(() -> ChargeScheduleFile.load(write(file)))
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .rootCause().hasMessageContaining("colour");
    }
}
