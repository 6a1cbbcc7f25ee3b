package com.discomcare.connection.domain;

import com.discomcare.kit.rest.StateConflictException;

/** A step that the current state does not allow; the API answers 409 naming that state. */
public class StepNotAllowedException extends StateConflictException {

    public StepNotAllowedException(String step, String what, String currentState, String why) {
        super("Step not allowed now",
                "cannot " + step + " " + what + " that is " + currentState + (why == null ? "" : ": " + why),
                currentState);
    }
}
