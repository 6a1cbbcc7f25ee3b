package com.discomcare.kit.rest;

/** A well-formed request that cannot be carried out as sent (e.g. a reused Idempotency-Key): 422. */
public class UnprocessableRequestException extends RuntimeException {

    private final String title;

    /** {@code title} is the problem's title, e.g. "Idempotency-Key reused"; {@code detail} becomes the message. */
    public UnprocessableRequestException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
