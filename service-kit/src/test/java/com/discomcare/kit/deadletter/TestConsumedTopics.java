package com.discomcare.kit.deadletter;

import com.discomcare.kit.processing.KitOperationsTestProfile;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What a service's consumer runtime declares: the test application consumes one topic with one group. */
@IfBuildProfile(KitOperationsTestProfile.PROFILE)
@ApplicationScoped
public class TestConsumedTopics implements ConsumedTopics {

    static final String TOPIC = "kit-ops-orders";
    static final String GROUP = "kit-ops-group";

    @Override
    public List<ConsumedTopic> consumedTopics() {
        return List.of(new ConsumedTopic(TOPIC, GROUP));
    }
}
