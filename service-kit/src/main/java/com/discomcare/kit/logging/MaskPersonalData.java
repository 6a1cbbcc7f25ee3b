package com.discomcare.kit.logging;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks mobile numbers in every log line before it is written ({@code quarkus.log.console.filter}): in the
 * message, and in the messages of a logged exception and its causes (a database error may quote a row). Also
 * the framework's lines, which no service code controls. Tokens are never logged by our code; nothing here
 * has to look for them.
 */
@LoggingFilter(name = MaskPersonalData.NAME)
public final class MaskPersonalData implements Filter {

    public static final String NAME = "mask-personal-data";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (PhoneNumbers.contains(message)) {
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(PhoneNumbers.masked(message), ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(PhoneNumbers.masked(message));
            }
            record.setParameters(null);
        }
        if (mentionsPhone(record.getThrown())) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }

    private static boolean mentionsPhone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (PhoneNumbers.contains(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** A copy of a throwable for the log: its class name, masked message, stack trace and causes. */
    static final class MaskedThrowable extends Throwable {

        private final String originalClass;

        private MaskedThrowable(Throwable original) {
            super(PhoneNumbers.masked(original.getMessage()));
            this.originalClass = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        static MaskedThrowable of(Throwable original) {
            MaskedThrowable copy = new MaskedThrowable(original);
            Throwable cause = original.getCause();
            if (cause != null && cause != original) {
                copy.initCause(of(cause));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                copy.addSuppressed(of(suppressed));
            }
            return copy;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
