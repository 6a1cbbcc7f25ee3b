package com.discomcare.connection.config;

import com.discomcare.connection.domain.Charges;
import com.discomcare.connection.domain.ConnectionApplicationAggregate;
import com.discomcare.connection.domain.ServiceRequestAggregate;
import com.discomcare.connection.domain.TimeLimits;
import com.discomcare.connection.projection.ConnectionProjection;
import com.discomcare.contracts.EventCatalogs;
import com.discomcare.kit.runtime.ServiceDefinition;
import com.discomcare.kit.runtime.ServiceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * connection-service on the kit runtime: the ConnectionApplication and ServiceRequest aggregates with the time
 * limits and the charges, the read model, connections.v1 published. It consumes no other topic yet.
 */
@ApplicationScoped
public class ConnectionServiceDefinition implements ServiceDefinition {

    // Processor names are the keys of their tokens in tokenentry: renaming one replays it from the start.
    public static final String PROJECTION = "connection-projection";
    public static final String OUTBOX = "connection-outbox";

    private final TimeLimits timeLimits;
    private final Charges charges;
    private final ConnectionProjection projection;

    @Inject
    public ConnectionServiceDefinition(TimeLimits timeLimits, Charges charges, ConnectionProjection projection) {
        this.timeLimits = timeLimits;
        this.charges = charges;
        this.projection = projection;
    }

    @Override
    public void define(ServiceSpec spec) {
        spec.aggregate(ConnectionApplicationAggregate.class)
                .aggregate(ServiceRequestAggregate.class)
                .component(TimeLimits.class, timeLimits)
                .component(Charges.class, charges)
                .readModel(PROJECTION, projection)
                .publishes(EventCatalogs.CONNECTIONS, OUTBOX);
    }
}
