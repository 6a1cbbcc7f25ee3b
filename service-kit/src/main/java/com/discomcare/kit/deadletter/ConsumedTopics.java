package com.discomcare.kit.deadletter;

import java.util.List;

/**
 * The topics a service consumes and the consumer group of each: {@link DeadLetters} reads their dead-letter
 * topics and keeps the dead letters of those groups. A service (or the kit's consumer runtime) provides one CDI
 * bean; without one there are no dead letters to show.
 */
public interface ConsumedTopics {

    List<ConsumedTopic> consumedTopics();

    record ConsumedTopic(String topic, String consumerGroup) {
    }
}
