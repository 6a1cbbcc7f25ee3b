package com.discomcare.kit.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which database failures are not the fault of the work that met them, so that the work is tried again later
 * instead of being given up (a consumer's dead letter, a read model's skipped event). Looks through the whole cause
 * chain, since frameworks wrap the {@link SQLException}.
 */
public final class SqlFailures {

    private static final Set<String> SERVER_UNAVAILABLE = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300"  // too_many_connections
    );
    private static final Set<String> VICTIM_OF_OTHERS = Set.of(
            "40001", // serialization_failure
            "40P01"  // deadlock_detected
    );

    private SqlFailures() {
    }

    /** The database could not be reached or dropped the connection: SQLState class 08, 57P01-57P03, 53300. */
    public static boolean connectionLost(Throwable failure) {
        return anyInChain(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || SERVER_UNAVAILABLE.contains(sql.getSQLState())));
    }

    /** {@link #connectionLost}, or the transaction was a victim of others (deadlock, serialization, a timeout). */
    public static boolean notTheWorksFault(Throwable failure) {
        return connectionLost(failure) || anyInChain(failure, t -> t instanceof SQLTransientException
                || t instanceof SQLException sql && VICTIM_OF_OTHERS.contains(sql.getSQLState()));
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
