package com.discomcare.escalation.config;

import com.discomcare.escalation.consumer.KafkaComplaintFeed;
import com.discomcare.escalation.domain.Ladder;
import com.discomcare.escalation.domain.LadderFile;
import com.discomcare.kit.runtime.KitConfig;
import com.discomcare.contracts.Topics;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The ladder, loaded once at start (a broken file stops the service), and the feed of complaints.v1's progress. */
public class LadderProducer {

    @Produces
    @Singleton
    Ladder ladder(EscalationServiceConfig config) {
        return config.ladder().map(LadderFile::load).orElseGet(LadderFile::loadDefault);
    }

    @Produces
    @Singleton
    KafkaComplaintFeed complaintFeed(KitConfig kit) {
        return new KafkaComplaintFeed(kit.kafka().bootstrapServers(), kit.serviceName(), Topics.COMPLAINTS);
    }

    void closeComplaintFeed(@Disposes KafkaComplaintFeed feed) {
        feed.close();
    }
}
