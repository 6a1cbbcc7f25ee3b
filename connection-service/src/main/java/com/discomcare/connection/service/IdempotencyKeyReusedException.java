package com.discomcare.connection.service;

import com.discomcare.kit.rest.UnprocessableRequestException;

/** An Idempotency-Key came back with a different request body; the API answers 422. */
public class IdempotencyKeyReusedException extends UnprocessableRequestException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key reused", "Idempotency-Key '" + key + "' was already used for a different request");
    }
}
