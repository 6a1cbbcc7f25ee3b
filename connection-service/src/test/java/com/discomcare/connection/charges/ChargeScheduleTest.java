package com.discomcare.connection.charges;

import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.discomcare.connection.charges.Payable.WITH_APPLICATION;
import static com.discomcare.connection.charges.Payable.WITH_DEMAND_NOTE;
import static com.discomcare.contracts.connection.ConnectionCategory.AGRICULTURE;
import static com.discomcare.contracts.connection.ConnectionCategory.BULK;
import static com.discomcare.contracts.connection.ConnectionCategory.DS;
import static com.discomcare.contracts.connection.ConnectionCategory.HT;
import static com.discomcare.contracts.connection.ConnectionCategory.LT_INDUSTRIAL;
import static com.discomcare.contracts.connection.ConnectionCategory.NDS;
import static com.discomcare.contracts.connection.ConnectionCategory.STREET_LIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The built-in charges: the DHBVN table of docs/domain.md. */
class ChargeScheduleTest {

    private static final ChargeSchedule DEFAULT = ChargeScheduleFile.loadDefault();
    private static final Instant TODAY = Instant.parse("2026-11-23T10:00:00Z");

    private static Quote quote(QuoteRequest request) {
        return DEFAULT.quote(request, TODAY);
    }

    private static Quote quote(ConnectionCategory category, String load, int phases) {
        return quote(QuoteRequest.simple(category, new BigDecimal(load), phases));
    }

    private static QuoteRequest unauthorised(ConnectionCategory category, String load, int phases, int sqYd) {
        return new QuoteRequest(category, false, new BigDecimal(load), phases, false, sqYd, 0, null, 0, null);
    }

    private static QuoteRequest withLine(ConnectionCategory category, String load, int metres, Long estimate) {
        return new QuoteRequest(category, false, new BigDecimal(load), 3, true, 0, metres, estimate, 0, null);
    }

    private static long amount(Quote quote, String code) {
        return quote.lines().stream().filter(line -> line.code().equals(code)).mapToLong(QuoteLine::amount).sum();
    }

    // ---- the worked examples of the issue ----

    @Test
    void domesticFiveKilowattsSinglePhaseIs3205Rupees() {
        Quote quote = quote(DS, "5", 1);

        assertThat(quote.lines()).extracting(QuoteLine::code, QuoteLine::description, QuoteLine::amount,
                QuoteLine::payable).containsExactly(
                tuple("PROCESSING", "Processing fee", 5L, WITH_APPLICATION),
                tuple("CONSUMPTION_DEPOSIT", "Consumption deposit, 5 kW x Rs 500", 2500L, WITH_DEMAND_NOTE),
                tuple("METER", "Single-phase meter", 650L, WITH_DEMAND_NOTE),
                tuple("METER_FITTING", "Single-phase meter, fitting", 50L, WITH_DEMAND_NOTE));
        assertThat(quote.total()).isEqualTo(3205);
        assertThat(quote.payableWithApplication()).isEqualTo(5);
        assertThat(quote.payableWithDemandNote()).isEqualTo(3200);
        assertThat(quote.meterType()).isEqualTo("SINGLE_PHASE");
        assertThat(quote.loadUnit()).isEqualTo(LoadUnit.KW);
        assertThat(quote.version()).isEqualTo("DHBVN-CHARTER");
        assertThat(quote.effectiveFrom()).isEqualTo(LocalDate.parse("2020-01-01"));
    }

    @Test
    void domesticFourPointTwoKilowattsPaysTheDepositOfFiveKilowatts() {
        Quote quote = quote(DS, "4.2", 1);

        assertThat(amount(quote, "CONSUMPTION_DEPOSIT")).isEqualTo(2500);
        assertThat(quote.lines().get(1).description()).isEqualTo("Consumption deposit, 5 kW x Rs 500");
    }

    // ---- per kW or part, per kW ----

    @ParameterizedTest(name = "{0} {1} kW: deposit {2}")
    @CsvSource({
            "DS,            1,     500",
            "DS,            1.01,  1000",
            "LT_INDUSTRIAL, 20.5,  10500",
            "BULK,          40.1,  41000",
            "STREET_LIGHT,  2.5,   6000",
            // "per kW" without "or part" is the exact load, rounded to the rupee
            "NDS,           4.2,   4200",
            "AGRICULTURE,   7.5,   3000",
            "AGRICULTURE,   7.51,  3004",
    })
    void depositsRoundTheLoadUpOnlyWhereTheTableSaysOrPart(ConnectionCategory category, String load, long deposit) {
        assertThat(amount(quote(category, load, 3), "CONSUMPTION_DEPOSIT")).isEqualTo(deposit);
    }

    @Test
    void nonDomesticServiceConnectionIsByPhases() {
        assertThat(amount(quote(NDS, "4.2", 1), "SERVICE_CONNECTION")).isEqualTo(1470);
        assertThat(amount(quote(NDS, "4.2", 3), "SERVICE_CONNECTION")).isEqualTo(3150);
        assertThat(quote(NDS, "4.2", 3).lines()).filteredOn(line -> line.code().equals("SERVICE_CONNECTION"))
                .singleElement().satisfies(line -> {
                    assertThat(line.description()).isEqualTo("Service connection charges, 4.2 kW x Rs 750");
                    assertThat(line.payable()).isEqualTo(WITH_APPLICATION);
                });
    }

    @Test
    void nonDomesticThreePhaseFourPointTwoKilowattsInFull() {
        Quote quote = quote(NDS, "4.2", 3);

        assertThat(quote.lines()).extracting(QuoteLine::code, QuoteLine::amount).containsExactly(
                tuple("PROCESSING", 20L), tuple("CONSUMPTION_DEPOSIT", 4200L), tuple("SERVICE_CONNECTION", 3150L),
                tuple("METER", 700L), tuple("METER_FITTING", 100L));
        assertThat(quote.total()).isEqualTo(8170);
        assertThat(quote.payableWithApplication()).isEqualTo(3170);
    }

    @Test
    void agricultureHasNoProcessingFeeAndAFixedServiceConnection() {
        Quote quote = quote(AGRICULTURE, "7.5", 3);

        assertThat(quote.lines()).extracting(QuoteLine::code).doesNotContain("PROCESSING");
        assertThat(amount(quote, "SERVICE_CONNECTION")).isEqualTo(20000);
        assertThat(quote.payableWithApplication()).isEqualTo(20000);
    }

    @Test
    void streetLightPaysOnlyTheDepositAndTheMeter() {
        assertThat(quote(STREET_LIGHT, "2.5", 1).lines()).extracting(QuoteLine::code)
                .containsExactly("CONSUMPTION_DEPOSIT", "METER", "METER_FITTING");
    }

    // ---- meters ----

    @ParameterizedTest(name = "{0} phase(s), {1} kW: {2}")
    @CsvSource({
            "1, 5,    SINGLE_PHASE,    650, 50",
            "3, 10,   THREE_PHASE,     700, 100",
            "3, 10.5, THREE_PHASE_MDI, 3850, 100",
            "3, 35,   THREE_PHASE_MDI, 3850, 100",
            "3, 35.5, LTCT,            4900, 0",
            "3, 50,   LTCT,            4900, 0",
    })
    void theMeterIsByPhasesAndLoad(int phases, String load, String meterType, long price, long fitting) {
        Quote quote = quote(LT_INDUSTRIAL, load, phases);

        assertThat(quote.meterType()).isEqualTo(meterType);
        assertThat(amount(quote, "METER")).isEqualTo(price);
        assertThat(amount(quote, "METER_FITTING")).isEqualTo(fitting);
    }

    @Test
    void anLtctMeterComesWithFourCurrentTransformers() {
        Quote standard = quote(LT_INDUSTRIAL, "40", 3);
        Quote larger = quote(new QuoteRequest(LT_INDUSTRIAL, false, new BigDecimal("40"), 3, true, 0, 0, null, 0,
                "LARGER"));

        assertThat(standard.lines()).filteredOn(line -> line.code().equals("INSTRUMENT_TRANSFORMERS")).singleElement()
                .satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(1700);
                    assertThat(line.description()).isEqualTo("LT current transformers STANDARD, 4 x Rs 425");
                });
        assertThat(amount(larger, "INSTRUMENT_TRANSFORMERS")).isEqualTo(2260);
        assertThat(standard.lines()).extracting(QuoteLine::code).doesNotContain("INSTRUMENT_TRANSFORMERS_FITTING");
    }

    @Test
    void aLoadAboveFiftyKilowattsGetsAnHtMeter() {
        Quote quote = quote(BULK, "60", 3);

        assertThat(quote.meterType()).isEqualTo("HT");
        assertThat(amount(quote, "METER")).isEqualTo(6100);
    }

    // ---- HT ----

    @Test
    void htHundredKvaPaysAThirdOfTheDepositWithTheApplication() {
        Quote quote = quote(HT, "100", 3);

        assertThat(quote.loadUnit()).isEqualTo(LoadUnit.KVA);
        assertThat(quote.lines()).extracting(QuoteLine::code, QuoteLine::description, QuoteLine::amount,
                QuoteLine::payable).containsExactly(
                tuple("PROCESSING", "Processing fee", 200L, WITH_APPLICATION),
                tuple("CONSUMPTION_DEPOSIT", "Consumption deposit, 100 kVA x Rs 750: 1/3 with the application",
                        25000L, WITH_APPLICATION),
                tuple("CONSUMPTION_DEPOSIT", "Consumption deposit, 100 kVA x Rs 750: the rest with the demand note",
                        50000L, WITH_DEMAND_NOTE),
                tuple("SERVICE_CONNECTION", "Service connection charges, 100 kVA x Rs 750", 75000L, WITH_APPLICATION),
                tuple("METER", "HT meter", 6100L, WITH_DEMAND_NOTE),
                tuple("INSTRUMENT_TRANSFORMERS", "11 kV CT/PT set 10/5A", 8800L, WITH_DEMAND_NOTE),
                tuple("INSTRUMENT_TRANSFORMERS_FITTING", "11 kV CT/PT set, fitting: 2 % of the price, at least Rs 300",
                        300L, WITH_DEMAND_NOTE));
        assertThat(quote.payableWithApplication()).isEqualTo(100200);
        assertThat(quote.payableWithDemandNote()).isEqualTo(65200);
        assertThat(quote.total()).isEqualTo(165400);
    }

    @Test
    void htDepositRoundsTheKvaUpAndSplitsIntoAThirdAndTheRest() {
        Quote quote = quote(HT, "100.2", 3);

        assertThat(quote.lines()).filteredOn(line -> line.code().equals("CONSUMPTION_DEPOSIT"))
                .extracting(QuoteLine::amount).containsExactly(25250L, 50500L);
    }

    @Test
    void aLargerHtLoadGetsTheLargerCtRatio() {
        Quote quote = quote(HT, "500", 3);

        assertThat(quote.lines()).filteredOn(line -> line.code().startsWith("INSTRUMENT_TRANSFORMERS"))
                .extracting(QuoteLine::description, QuoteLine::amount).containsExactly(
                        tuple("11 kV CT/PT set 100/5A", 5240L),
                        tuple("11 kV CT/PT set, fitting: 2 % of the price, at least Rs 300", 300L));
    }

    @Test
    void theCtRatioMayBeChosen() {
        Quote quote = quote(new QuoteRequest(HT, false, new BigDecimal("100"), 3, true, 0, 0, null, 0, "100/5A"));

        assertThat(amount(quote, "INSTRUMENT_TRANSFORMERS")).isEqualTo(5240);
    }

    // ---- development charges ----

    @ParameterizedTest(name = "{0} in an unauthorised area, {1} sq yd: {2}")
    @CsvSource({
            "DS,            80,  1200",
            "DS,            100, 1500",
            "DS,            120, 3000",
            "NDS,           120, 8000",
            "LT_INDUSTRIAL, 50,  10750",
            "BULK,          200, 15000",
    })
    void developmentChargesApplyInUnauthorisedAreas(ConnectionCategory category, int sqYd, long development) {
        Quote quote = quote(unauthorised(category, "10", 3, sqYd));

        assertThat(amount(quote, "DEVELOPMENT")).isEqualTo(development);
        assertThat(quote.lines()).filteredOn(line -> line.code().equals("DEVELOPMENT"))
                .extracting(QuoteLine::payable).containsExactly(WITH_DEMAND_NOTE);
    }

    @Test
    void developmentChargesShowTheirArithmetic() {
        assertThat(quote(unauthorised(NDS, "10", 3, 120)).lines())
                .filteredOn(line -> line.code().equals("DEVELOPMENT")).extracting(QuoteLine::description)
                .containsExactly("Development charges in an unauthorised area, Rs 5000 + 120 sq yd x Rs 25");
        assertThat(quote(unauthorised(DS, "5", 1, 80)).lines())
                .filteredOn(line -> line.code().equals("DEVELOPMENT")).extracting(QuoteLine::description)
                .containsExactly("Development charges in an unauthorised area, 80 sq yd x Rs 15");
    }

    @Test
    void authorisedAreasPayNoDevelopmentCharges() {
        var request = new QuoteRequest(DS, false, new BigDecimal("5"), 1, true, 120, 0, null, 0, null);

        assertThat(quote(request).lines()).extracting(QuoteLine::code).doesNotContain("DEVELOPMENT");
    }

    @Test
    void htAgricultureStreetLightAndHtBulkPayNoDevelopmentCharges() {
        assertThat(amount(quote(unauthorised(HT, "100", 3, 500)), "DEVELOPMENT")).isZero();
        assertThat(amount(quote(unauthorised(AGRICULTURE, "10", 3, 500)), "DEVELOPMENT")).isZero();
        assertThat(amount(quote(unauthorised(STREET_LIGHT, "2", 1, 500)), "DEVELOPMENT")).isZero();
        assertThat(amount(quote(unauthorised(BULK, "60", 3, 500)), "DEVELOPMENT")).isZero();
    }

    // ---- lines ----

    @Test
    void aDomesticServiceLineBeyondThirtyMetresCostsTheEstimate() {
        Quote quote = quote(withLine(DS, "5", 45, 4000L));

        assertThat(quote.lines()).filteredOn(line -> line.code().equals("SERVICE_LINE"))
                .extracting(QuoteLine::description, QuoteLine::amount, QuoteLine::payable)
                .containsExactly(tuple("Service line beyond 30 m, estimate for 15 m", 4000L, WITH_DEMAND_NOTE));
        assertThat(amount(quote(withLine(DS, "5", 30, null)), "SERVICE_LINE")).isZero();
    }

    @ParameterizedTest(name = "{0} {1} kW, {2} m of line: {3}")
    @CsvSource({
            "NDS,           20, 350, 3500",
            "NDS,           20, 300, 0",
            "LT_INDUSTRIAL, 50, 301, 70",
            "BULK,          60, 400, 10000",
    })
    void aNewLineIsChargedOnlyBeyondThreeHundredMetres(ConnectionCategory category, String load, int metres,
                                                       long charge) {
        assertThat(amount(quote(withLine(category, load, metres, null)), "LINE")).isEqualTo(charge);
    }

    @Test
    void agricultureIsChargedPerSpan() {
        var request = new QuoteRequest(AGRICULTURE, false, new BigDecimal("10"), 3, true, 0, 0, null, 3, null);

        assertThat(quote(request).lines()).filteredOn(line -> line.code().equals("LINE"))
                .extracting(QuoteLine::description, QuoteLine::amount)
                .containsExactly(tuple("Line, 3 spans x Rs 7000", 21000L));
    }

    // ---- temporary connections ----

    @Test
    void aTemporaryConnectionPaysFourTimesTheCategorysCharges() {
        Quote quote = quote(new QuoteRequest(DS, true, new BigDecimal("5"), 1, true, 0, 0, null, 0, null));

        assertThat(quote.temporary()).isTrue();
        assertThat(quote.lines()).extracting(QuoteLine::code, QuoteLine::description, QuoteLine::amount)
                .containsExactly(
                        tuple("PROCESSING", "Processing fee, x 4 for a temporary connection", 20L),
                        tuple("CONSUMPTION_DEPOSIT", "Consumption deposit, 5 kW x Rs 500, x 4 for a temporary connection",
                                10000L),
                        tuple("METER", "Single-phase meter", 650L),
                        tuple("METER_FITTING", "Single-phase meter, fitting", 50L));
        assertThat(quote.total()).isEqualTo(10720);
    }

    @Test
    void aTemporaryConnectionPaysNoServiceConnectionNorDevelopmentCharges() {
        Quote quote = quote(new QuoteRequest(NDS, true, new BigDecimal("10"), 3, false, 150, 0, null, 0, null));

        assertThat(quote.lines()).extracting(QuoteLine::code)
                .doesNotContain("SERVICE_CONNECTION", "DEVELOPMENT")
                .contains("PROCESSING", "CONSUMPTION_DEPOSIT");
        assertThat(amount(quote, "PROCESSING")).isEqualTo(80);
        assertThat(amount(quote, "CONSUMPTION_DEPOSIT")).isEqualTo(40000);
    }

    // ---- bad requests ----

    @Test
    void everyProblemOfTheRequestIsReportedAtOnce() {
        var request = new QuoteRequest(null, false, BigDecimal.ZERO, 2, true, -1, -5, -3L, -1, null);

        assertThatThrownBy(() -> quote(request)).isInstanceOfSatisfying(InvalidQuoteException.class,
                e -> assertThat(e.problems()).extracting(QuoteProblem::field).containsExactly("category", "load",
                        "phases", "premisesSqYd", "lineLengthMetres", "spans", "lineEstimateRupees"));
    }

    @Test
    void whatTheCategoryNeedsIsReportedTogether() {
        // A DS service line of 45 m needs the estimate; an unauthorised area needs the premises' size.
        var request = new QuoteRequest(DS, false, new BigDecimal("5"), 1, false, 0, 45, null, 2, "10/5A");

        assertThatThrownBy(() -> quote(request)).isInstanceOfSatisfying(InvalidQuoteException.class,
                e -> assertThat(e.problems()).extracting(QuoteProblem::field).containsExactly("premisesSqYd",
                        "spans", "lineEstimateRupees", "transformerRatio"));
    }

    @Test
    void anEstimateForAShortLineOrAnUnknownRatioIsAMistake() {
        assertThatThrownBy(() -> quote(withLine(DS, "5", 20, 1000L))).isInstanceOfSatisfying(
                InvalidQuoteException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(QuoteProblem::field).isEqualTo("lineEstimateRupees"));
        var ratio = new QuoteRequest(HT, false, new BigDecimal("100"), 3, true, 0, 0, null, 0, "7/5A");
        assertThatThrownBy(() -> quote(ratio)).isInstanceOfSatisfying(InvalidQuoteException.class,
                e -> assertThat(e.problems()).containsExactly(new QuoteProblem("transformerRatio",
                        "the HT meter takes one of [10/5A, 100/5A]")));
    }

    // ---- versions ----

    @Test
    void theBuiltInScheduleHasOneVersionInForceSince2020() {
        assertThat(DEFAULT.versions()).extracting(ChargesVersion::version).containsExactly("DHBVN-CHARTER");
        assertThat(DEFAULT.versionOn(LocalDate.parse("2020-01-01")).version()).isEqualTo("DHBVN-CHARTER");
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.versionOn(LocalDate.parse("2019-12-31")))
                .withMessageContaining("no connection charges were in force on 2019-12-31");
    }

    @Test
    void everyCategoryIsPriced() {
        for (ConnectionCategory category : ConnectionCategory.values()) {
            assertThat(quote(category, "10", 3).total()).as(category.name()).isPositive();
        }
    }

    @Test
    void quoteLinesAreNeverZero() {
        for (ConnectionCategory category : ConnectionCategory.values()) {
            for (String load : List.of("1", "49.5", "120")) {
                assertThat(quote(category, load, 3).lines()).as(category + " " + load)
                        .allSatisfy(line -> assertThat(line.amount()).isPositive());
            }
        }
    }
}
