package com.discomcare.complaint.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * Responses stored under an {@code Idempotency-Key}. Claiming a key inserts its row first, so a concurrent
 * request with the same key waits on the row lock and then sees the finished response.
 */
@ApplicationScoped
public class IdempotencyRecords {

    public record StoredResponse(String requestHash, int status, String body) {
    }

    @Inject
    EntityManager em;

    /** Claims the key for this request, or returns what an earlier request with the key stored. */
    public Optional<StoredResponse> claim(String key, String requestHash) {
        int inserted = em.createNativeQuery("INSERT INTO idempotency_record "
                        + "(idempotency_key, request_hash, response_status, response_body) VALUES (?1, ?2, 0, '') "
                        + "ON CONFLICT (idempotency_key) DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT request_hash, response_status, response_body "
                        + "FROM idempotency_record WHERE idempotency_key = ?1")
                .setParameter(1, key)
                .getSingleResult();
        return Optional.of(new StoredResponse((String) row[0], ((Number) row[1]).intValue(), (String) row[2]));
    }

    public void complete(String key, int status, String body) {
        em.createNativeQuery("UPDATE idempotency_record SET response_status = ?2, response_body = ?3 "
                        + "WHERE idempotency_key = ?1")
                .setParameter(1, key)
                .setParameter(2, status)
                .setParameter(3, body)
                .executeUpdate();
    }
}
