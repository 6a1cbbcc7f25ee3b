package com.discomcare.kit.kafka;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.concurrent.Callable;

/** A new JTA transaction with a CDI request context, so that handlers may use request-scoped beans as in REST. */
final class JtaTransactions implements Transactions {

    @Override
    public <T> T inNewTransaction(Callable<T> work) {
        ManagedContext requestContext = activateRequestContext();
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            if (requestContext != null) {
                requestContext.terminate();
            }
        }
    }

    /** Null if a request context is active already or there is no Arc container. */
    private static ManagedContext activateRequestContext() {
        ArcContainer arc = Arc.container();
        if (arc == null || arc.requestContext().isActive()) {
            return null;
        }
        ManagedContext context = arc.requestContext();
        context.activate();
        return context;
    }
}
