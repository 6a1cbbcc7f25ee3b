package com.discomcare.kit.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class MaskPersonalDataTest {

    @Test
    void mobileNumbersAreMaskedToTheirFirstAndLastTwoDigits() {
        assertThat(PhoneNumbers.masked("caller 9876543210 rang")).isEqualTo("caller 98******10 rang");
        assertThat(PhoneNumbers.masked("+919876543210")).isEqualTo("+9198******10");
        assertThat(PhoneNumbers.masked("(phone)=(6123456789), (9812345678)"))
                .isEqualTo("(phone)=(61******89), (98******78)");
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        String text = "request 260000000429, consumer 1102345678, 12 digits 987654321012, 5123456789";
        assertThat(PhoneNumbers.masked(text)).isSameAs(text);
        assertThat(PhoneNumbers.masked(null)).isNull();
    }

    @Test
    void aLogLineIsMaskedInItsFormattedMessage() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "registered for %s by %s", ExtLogRecord.FormatStyle.PRINTF,
                MaskPersonalDataTest.class.getName());
        record.setParameters(new Object[]{"9876543210", "AGENT-0042"});

        assertThat(new MaskPersonalData().isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage()).isEqualTo("registered for 98******10 by AGENT-0042");
    }

    @Test
    void aLoggedExceptionAndItsCausesAreMaskedButKeepTheirClassAndStack() {
        SQLException cause = new SQLException("duplicate key (phone)=(9876543210)");
        IllegalStateException thrown = new IllegalStateException("could not store 9812345678", cause);
        ExtLogRecord record = new ExtLogRecord(Level.ERROR, "unexpected failure", MaskPersonalDataTest.class.getName());
        record.setThrown(thrown);

        new MaskPersonalData().isLoggable(record);

        String printed = stackTraceOf(record.getThrown());
        assertThat(printed).startsWith("java.lang.IllegalStateException: could not store 98******78")
                .contains("Caused by: java.sql.SQLException: duplicate key (phone)=(98******10)")
                .contains("MaskPersonalDataTest.aLoggedExceptionAndItsCausesAreMaskedButKeepTheirClassAndStack")
                .doesNotContain("9876543210", "9812345678");
    }

    @Test
    void aLineWithoutANumberIsLeftAlone() {
        IllegalStateException thrown = new IllegalStateException("no officer for district Nowhere");
        ExtLogRecord record = new ExtLogRecord(Level.ERROR, "failed", MaskPersonalDataTest.class.getName());
        record.setThrown(thrown);
        new MaskPersonalData().isLoggable(record);
        assertThat(record.getThrown()).isSameAs(thrown);
        assertThat(record.getFormattedMessage()).isEqualTo("failed");
    }

    private static String stackTraceOf(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
