package com.discomcare.complaint.service;

/** An Idempotency-Key came back with a different request body; the API answers 422. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
