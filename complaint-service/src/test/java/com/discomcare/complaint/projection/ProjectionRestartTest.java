package com.discomcare.complaint.projection;

import com.discomcare.complaint.Callers;
import com.discomcare.complaint.config.ComplaintServiceDefinition;
import com.discomcare.kit.runtime.ServiceRuntime;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ProjectionRestartTest {

    /** One event as the projection's processor handed it to its handler. */
    record Handled(String requestNumber, long position) {

        static Handled of(EventMessage<?> message) {
            return new Handled(((DomainEventMessage<?>) message).getAggregateIdentifier(),
                    ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow());
        }
    }

    @Inject
    ServiceRuntime axon;

    /**
     * The read model skips an event it already applied, so its rows alone cannot tell a resume from a replay; what
     * the processor hands to the projection can. A replay from the start would hand over again the events handled
     * before the stop, at their old positions in the event store.
     */
    @Test
    void theProjectionResumesFromItsTokenAndCompletesTheReadModel() {
        TrackingEventProcessor projection = axon.configuration().eventProcessingConfiguration()
                .eventProcessor(ComplaintServiceDefinition.PROJECTION, TrackingEventProcessor.class).orElseThrow();
        List<Handled> handled = new CopyOnWriteArrayList<>();
        Registration recording = projection.registerHandlerInterceptor((unitOfWork, chain) -> {
            handled.add(Handled.of(unitOfWork.getMessage()));
            return chain.proceed();
        });
        try {
            String consumer = "CN-R-" + UUID.randomUUID().toString().substring(0, 8);
            String first = register(complaint(consumer, "E1.1"));
            awaitListed(consumer, 1);

            projection.shutDown();
            assertThat(handled).extracting(Handled::requestNumber).contains(first);
            long lastPositionBeforeStop = handled.stream().mapToLong(Handled::position).max().orElseThrow();
            handled.clear();

            List<String> registeredWhileStopped = new ArrayList<>();
            for (String category : new String[]{"E1.2", "E1.3", "E1.7", "E2.1"}) {
                registeredWhileStopped.add(register(complaint(consumer, category)));
            }
            Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                    .then().statusCode(200).body("total", equalTo(1));
            assertThat(handled).isEmpty();

            projection.start();
            awaitListed(consumer, 5);
            assertThat(handled).extracting(Handled::requestNumber).containsAll(registeredWhileStopped);
            assertThat(handled).as("events handed to the projection after the restart")
                    .allSatisfy(event -> assertThat(event.position()).isGreaterThan(lastPositionBeforeStop))
                    .extracting(Handled::requestNumber).doesNotContain(first);
        } finally {
            recording.cancel();
            if (!projection.isRunning()) {
                projection.start();
            }
        }
    }

    private static void awaitListed(String consumer, int complaints) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Callers.asAgent().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                        .then().statusCode(200).body("total", equalTo(complaints)));
    }
}
