package com.discomcare.complaint.config;

import com.discomcare.complaint.policy.ComplaintPolicy;
import com.discomcare.complaint.policy.ComplaintPolicyFile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads the complaint policy once at start; a broken policy file stops the service with the list of mistakes. */
public class PolicyProducer {

    private static final Logger LOG = Logger.getLogger(PolicyProducer.class);

    @Produces
    @Singleton
    ComplaintPolicy complaintPolicy(ComplaintServiceConfig config) {
        ComplaintPolicy policy = config.slaPolicy()
                .map(file -> ComplaintPolicyFile.load(file, config.reopenWindow()))
                .orElseGet(() -> ComplaintPolicyFile.loadDefault(config.reopenWindow()));
        LOG.infof("complaint policy: %d categories from %s", policy.categories().size(),
                config.slaPolicy().map(Object::toString).orElse("the built-in default (docs/domain.md, \"Complaint time limits\")"));
        return policy;
    }
}
