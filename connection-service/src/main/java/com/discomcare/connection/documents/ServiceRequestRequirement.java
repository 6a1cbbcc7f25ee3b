package com.discomcare.connection.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What one type of service request needs: the documents handed in with it and the steps it goes through, in
 * order, before it is completed. Steps are taken in order, each once.
 */
public record ServiceRequestRequirement(String type, String description, List<Slot> slots, List<Step> steps) {

    public ServiceRequestRequirement {
        slots = List.copyOf(slots);
        steps = List.copyOf(steps);
    }

    public List<String> stepCodes() {
        return steps.stream().map(Step::code).toList();
    }

    /** The first step not yet done; empty when all are done and the request may be completed. */
    public Optional<Step> nextStep(Collection<String> done) {
        return steps.stream().filter(step -> !done.contains(step.code())).findFirst();
    }

    public boolean isNextStep(String step, Collection<String> done) {
        return nextStep(done).map(next -> next.code().equals(step)).orElse(false);
    }

    public boolean readyToComplete(Collection<String> done) {
        return nextStep(done).isEmpty();
    }
}
