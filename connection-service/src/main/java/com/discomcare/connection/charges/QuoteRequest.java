package com.discomcare.connection.charges;

import com.discomcare.contracts.connection.ConnectionCategory;

import java.math.BigDecimal;

/**
 * What a connection is priced by.
 *
 * @param category           the tariff category
 * @param temporary          a temporary connection, which pays four times the category's charges
 * @param load               the load applied for: kW, or kVA for HT
 * @param phases             1 or 3
 * @param authorisedArea     false in an unauthorised area, which pays development charges
 * @param premisesSqYd       the premises' size in square yards; development charges are by it
 * @param lineLengthMetres   the length of the new service line or line the connection needs; 0 for none
 * @param lineEstimateRupees the engineer's estimate of the part of a DS service line beyond the free length; null
 *                           when there is none
 * @param spans              the spans of line an agricultural connection needs; 0 for none
 * @param transformerRatio   the ratio of the meter's current transformers (e.g. {@code 100/5A}); null for the
 *                           smallest that carries the load
 */
public record QuoteRequest(ConnectionCategory category, boolean temporary, BigDecimal load, int phases,
                           boolean authorisedArea, int premisesSqYd, int lineLengthMetres, Long lineEstimateRupees,
                           int spans, String transformerRatio) {

    /** A connection with no line, no development charges and the default transformers. */
    public static QuoteRequest simple(ConnectionCategory category, BigDecimal load, int phases) {
        return new QuoteRequest(category, false, load, phases, true, 0, 0, null, 0, null);
    }
}
