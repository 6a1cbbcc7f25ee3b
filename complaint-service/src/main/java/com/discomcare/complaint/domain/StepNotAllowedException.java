package com.discomcare.complaint.domain;

/** A step that the complaint's current state does not allow; the API answers 409 naming that state. */
public class StepNotAllowedException extends RuntimeException {

    private final String currentState;

    public StepNotAllowedException(String step, String currentState, String why) {
        super("cannot " + step + " a complaint that is " + currentState + (why == null ? "" : ": " + why));
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}
