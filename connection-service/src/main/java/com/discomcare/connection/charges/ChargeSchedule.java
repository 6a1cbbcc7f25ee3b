package com.discomcare.connection.charges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Every version of the connection charges. A quote or demand note is priced with the version in force on its date
 * in India: the latest whose {@code effectiveFrom} is on or before that date.
 */
public final class ChargeSchedule {

    /** The regulator's orders take effect on dates in India. */
    public static final ZoneId TARIFF_ZONE = ZoneId.of("Asia/Kolkata");

    private final List<ChargesVersion> versions;

    public ChargeSchedule(List<ChargesVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("the charges name no version");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(ChargesVersion::effectiveFrom)).toList();
    }

    /** Every version, oldest first. */
    public List<ChargesVersion> versions() {
        return versions;
    }

    /** @throws IllegalArgumentException when no version was in force yet on {@code date} */
    public ChargesVersion versionOn(LocalDate date) {
        return versions.stream().filter(version -> !version.effectiveFrom().isAfter(date))
                .reduce((older, newer) -> newer)
                .orElseThrow(() -> new IllegalArgumentException("no connection charges were in force on " + date
                        + "; the first version is in force from " + versions.getFirst().effectiveFrom()));
    }

    public ChargesVersion versionAt(Instant at) {
        return versionOn(LocalDate.ofInstant(at, TARIFF_ZONE));
    }

    /** The quote of {@code request} with the version in force at {@code at}. */
    public Quote quote(QuoteRequest request, Instant at) {
        return versionAt(at).quote(request);
    }
}
