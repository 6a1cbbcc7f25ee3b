package com.discomcare.complaint.projection;

import com.discomcare.complaint.config.ComplaintServiceDefinition;
import com.discomcare.kit.runtime.ServiceRuntime;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.complaint;
import static com.discomcare.complaint.rest.ComplaintLifecycleApiTest.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ProjectionRestartTest {

    @Inject
    ServiceRuntime axon;

    @Test
    void theProjectionResumesFromItsTokenAndCompletesTheReadModel() {
        String consumer = "CN-R-" + UUID.randomUUID().toString().substring(0, 8);
        register(complaint(consumer, "E1.1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                        .then().statusCode(200).body("total", equalTo(1)));

        TrackingEventProcessor projection = axon.configuration().eventProcessingConfiguration()
                .eventProcessor(ComplaintServiceDefinition.PROJECTION, TrackingEventProcessor.class).orElseThrow();
        long positionAtStop = position(projection);
        projection.shutDown();

        for (String category : new String[]{"E1.2", "E1.3", "E1.7", "E2.1"}) {
            register(complaint(consumer, category));
        }
        given().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                .then().statusCode(200).body("total", equalTo(1));

        projection.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("consumerNumber", consumer).get("/api/v1/complaints")
                        .then().statusCode(200).body("total", equalTo(5)));
        assertThat(positionAtStop).isPositive();
        assertThat(position(projection)).isGreaterThan(positionAtStop);
    }

    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).max().orElse(0);
    }
}
