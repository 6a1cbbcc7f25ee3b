package com.discomcare.connection.policy;

import java.util.List;
import java.util.Optional;

/**
 * The time limits of one request type.
 *
 * @param conditions the cases its limits tell apart (e.g. {@code EXISTING_NETWORK}, {@code NETWORK_EXTENSION}); a
 *                   lookup names one of them, or none when the list is empty
 * @param stages     its stages, in order of the request's life
 */
public record RequestTypePolicy(String code, String description, List<String> conditions, List<StagePolicy> stages) {

    public RequestTypePolicy {
        conditions = List.copyOf(conditions);
        stages = List.copyOf(stages);
    }

    public Optional<StagePolicy> stage(String code) {
        return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    /** The stage whose clock {@code event} (registration or a step) starts, if any. */
    public Optional<StagePolicy> stageStartingAt(String event) {
        return stages.stream().filter(stage -> stage.startsAt().equals(event)).findFirst();
    }

    /** The stage that runs from registration. */
    public StagePolicy firstStage() {
        return stageStartingAt(ConnectionPolicy.REGISTERED).orElseThrow();
    }
}
