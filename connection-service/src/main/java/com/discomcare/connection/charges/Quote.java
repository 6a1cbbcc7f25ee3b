package com.discomcare.connection.charges;

import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;

import java.time.LocalDate;
import java.util.List;

/**
 * The itemised charges of a connection, priced with one version of the charges.
 *
 * @param version       the version used; a demand note records it
 * @param effectiveFrom the day that version came into force
 * @param meterType     the meter the connection gets, e.g. {@code SINGLE_PHASE}
 */
public record Quote(String version, LocalDate effectiveFrom, ConnectionCategory category, boolean temporary,
                    LoadUnit loadUnit, String meterType, List<QuoteLine> lines) {

    public Quote {
        lines = List.copyOf(lines);
    }

    public long total() {
        return lines.stream().mapToLong(QuoteLine::amount).sum();
    }

    public long payableWithApplication() {
        return sum(Payable.WITH_APPLICATION);
    }

    public long payableWithDemandNote() {
        return sum(Payable.WITH_DEMAND_NOTE);
    }

    private long sum(Payable payable) {
        return lines.stream().filter(line -> line.payable() == payable).mapToLong(QuoteLine::amount).sum();
    }
}
