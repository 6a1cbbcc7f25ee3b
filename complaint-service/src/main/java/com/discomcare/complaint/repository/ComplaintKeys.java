package com.discomcare.complaint.repository;

import com.discomcare.kit.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The command-side index of open complaints per consumer and category (table complaint_key). */
@ApplicationScoped
public class ComplaintKeys {

    private final Sql sql;

    @Inject
    public ComplaintKeys(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> openComplaintOf(String consumerNumber, String category) {
        return sql.first("SELECT request_number FROM complaint_key WHERE consumer_number = ? AND category = ? AND open",
                row -> row.getString(1), consumerNumber, category);
    }

    public void addOpen(String requestNumber, String consumerNumber, String category) {
        sql.update("INSERT INTO complaint_key (request_number, consumer_number, category, open) VALUES (?, ?, ?, true)",
                requestNumber, consumerNumber, category);
    }

    public void markOpen(String requestNumber, boolean open) {
        // A reopened complaint stays out of the index while the consumer has another open one of its category.
        sql.update("UPDATE complaint_key k SET open = ? WHERE request_number = ? AND (NOT ? OR NOT EXISTS "
                        + "(SELECT 1 FROM complaint_key o WHERE o.consumer_number = k.consumer_number "
                        + "AND o.category = k.category AND o.open))",
                open, requestNumber, open);
    }

    /**
     * Serialises steps on one complaint until the transaction ends. Axon's own lock is released when its unit of
     * work ends, before the surrounding transaction commits, so without this a concurrent step would read the
     * events without the one about to commit.
     */
    public void lockComplaint(String requestNumber) {
        sql.first("SELECT pg_advisory_xact_lock(hashtext(?))", row -> true, requestNumber);
    }

    public long nextSerial() {
        return sql.first("SELECT nextval('request_number_serial')", row -> row.getLong(1)).orElseThrow();
    }
}
