package com.discomcare.connection.repository;

import com.discomcare.kit.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Number serials and the per-request lock of the command side. */
@ApplicationScoped
public class ConnectionKeys {

    private final Sql sql;

    @Inject
    public ConnectionKeys(Sql sql) {
        this.sql = sql;
    }

    /**
     * Serialises steps on one application or service request until the transaction ends. Axon's own lock is
     * released when its unit of work ends, before the surrounding transaction commits, so without this a
     * concurrent step would read the events without the one about to commit.
     */
    public void lock(String number) {
        sql.first("SELECT pg_advisory_xact_lock(hashtext(?))", row -> true, number);
    }

    public long nextApplicationSerial() {
        return next("application_number_serial");
    }

    public long nextServiceRequestSerial() {
        return next("service_request_number_serial");
    }

    public long nextConsumerSerial() {
        return next("consumer_number_serial");
    }

    private long next(String sequence) {
        return sql.first("SELECT nextval('" + sequence + "')", row -> row.getLong(1)).orElseThrow();
    }
}
