package com.discomcare.complaint.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** The command-side index of open complaints per consumer and category (table complaint_key). */
@ApplicationScoped
public class ComplaintKeys {

    @Inject
    EntityManager em;

    public Optional<String> openComplaintOf(String consumerNumber, String category) {
        return em.createNativeQuery("SELECT request_number FROM complaint_key "
                        + "WHERE consumer_number = ?1 AND category = ?2 AND open", String.class)
                .setParameter(1, consumerNumber)
                .setParameter(2, category)
                .getResultStream().findFirst();
    }

    public void addOpen(String requestNumber, String consumerNumber, String category) {
        em.createNativeQuery("INSERT INTO complaint_key (request_number, consumer_number, category, open) "
                        + "VALUES (?1, ?2, ?3, true)")
                .setParameter(1, requestNumber)
                .setParameter(2, consumerNumber)
                .setParameter(3, category)
                .executeUpdate();
    }

    public void markOpen(String requestNumber, boolean open) {
        // A reopened complaint stays out of the index while the consumer has another open one of its category.
        em.createNativeQuery("UPDATE complaint_key k SET open = ?2 WHERE request_number = ?1 AND (NOT ?2 OR NOT EXISTS "
                        + "(SELECT 1 FROM complaint_key o WHERE o.consumer_number = k.consumer_number "
                        + "AND o.category = k.category AND o.open))")
                .setParameter(1, requestNumber)
                .setParameter(2, open)
                .executeUpdate();
    }

    /**
     * Serialises steps on one complaint until the transaction ends. Axon's own lock is released when its unit of
     * work ends, before the surrounding transaction commits, so without this a concurrent step would read the
     * events without the one about to commit.
     */
    public void lockComplaint(String requestNumber) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, requestNumber)
                .getSingleResult();
    }

    public long nextSerial() {
        return ((Number) em.createNativeQuery("SELECT nextval('request_number_serial')").getSingleResult()).longValue();
    }
}
