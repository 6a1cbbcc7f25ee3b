package com.discomcare.kit.rest;

/** A request that the resource's current state does not allow: 409 with {@code currentState} named. */
public class StateConflictException extends RuntimeException {

    private final String title;
    private final String currentState;

    /** {@code title} is the problem's title, e.g. "Step not allowed now"; {@code detail} becomes the message. */
    public StateConflictException(String title, String detail, String currentState) {
        super(detail);
        this.title = title;
        this.currentState = currentState;
    }

    public String title() {
        return title;
    }

    public String currentState() {
        return currentState;
    }
}
