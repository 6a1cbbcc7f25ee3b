package com.discomcare.kit.json;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The REST API, the read model and the Kafka envelope all write JSON the way the event contracts do. */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        JsonMapping.configure(mapper);
    }
}
