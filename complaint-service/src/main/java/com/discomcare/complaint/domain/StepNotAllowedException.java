package com.discomcare.complaint.domain;

import com.discomcare.kit.rest.StateConflictException;

/** A step that the complaint's current state does not allow; the API answers 409 naming that state. */
public class StepNotAllowedException extends StateConflictException {

    public StepNotAllowedException(String step, String currentState, String why) {
        super("Step not allowed now",
                "cannot " + step + " a complaint that is " + currentState + (why == null ? "" : ": " + why),
                currentState);
    }
}
