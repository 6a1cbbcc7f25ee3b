package com.discomcare.escalation.config;

import com.discomcare.escalation.consumer.KafkaRequestFeed;
import com.discomcare.escalation.domain.Ladder;
import com.discomcare.escalation.domain.LadderFile;
import com.discomcare.kit.runtime.KitConfig;
import com.discomcare.contracts.Topics;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The ladder, loaded once at start (a broken file stops the service), and the feed of the request topics' progress
 * (complaints.v1 and connections.v1, the topics whose events open, move and stop cases).
 */
public class LadderProducer {

    @Produces
    @Singleton
    Ladder ladder(EscalationServiceConfig config) {
        return config.ladder().map(LadderFile::load).orElseGet(LadderFile::loadDefault);
    }

    @Produces
    @Singleton
    KafkaRequestFeed requestFeed(KitConfig kit) {
        return new KafkaRequestFeed(kit.kafka().bootstrapServers(), kit.serviceName(),
                List.of(Topics.COMPLAINTS, Topics.CONNECTIONS));
    }

    void closeRequestFeed(@Disposes KafkaRequestFeed feed) {
        feed.close();
    }
}
