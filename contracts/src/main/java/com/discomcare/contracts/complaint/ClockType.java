package com.discomcare.contracts.complaint;

/** How a time limit runs: on the 08:00-20:00 working-hours calendar, or round the clock (safety faults). */
public enum ClockType {
    WORKING_HOURS, PLAIN
}
