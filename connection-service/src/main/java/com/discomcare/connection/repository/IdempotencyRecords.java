package com.discomcare.connection.repository;

import com.discomcare.kit.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Responses stored under an {@code Idempotency-Key}. Claiming a key inserts its row first, so a concurrent
 * request with the same key waits on the row lock and then sees the finished response.
 */
@ApplicationScoped
public class IdempotencyRecords {

    public record StoredResponse(String requestHash, int status, String body) {
    }

    private final Sql sql;

    @Inject
    public IdempotencyRecords(Sql sql) {
        this.sql = sql;
    }

    /** Claims the key for this request, or returns what an earlier request with the key stored. */
    public Optional<StoredResponse> claim(String key, String requestHash) {
        int inserted = sql.update("INSERT INTO idempotency_record (idempotency_key, request_hash, response_status, "
                + "response_body) VALUES (?, ?, 0, '') ON CONFLICT (idempotency_key) DO NOTHING", key, requestHash);
        if (inserted == 1) {
            return Optional.empty();
        }
        return sql.first("SELECT request_hash, response_status, response_body FROM idempotency_record "
                        + "WHERE idempotency_key = ?",
                row -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3)), key);
    }

    public void complete(String key, int status, String body) {
        sql.update("UPDATE idempotency_record SET response_status = ?, response_body = ? WHERE idempotency_key = ?",
                status, body, key);
    }
}
