package com.discomcare.kit.json;

import com.discomcare.contracts.JsonMapping;
import com.discomcare.kit.rest.ActorFromToken;
import com.discomcare.kit.rest.ActorInBodyException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.Arrays;

/**
 * The REST API, the read model and the Kafka envelope all write JSON the way the event contracts do. Reading is
 * strict: a number where text belongs, text where a number belongs, a number for an enum or a fraction for a
 * whole number is an error (400 naming the field), never silently converted; so is a field named twice. Our own events and
 * read-model documents are written with the right types, so reading them is unaffected. A request body marked
 * {@link ActorFromToken} that names its actor is refused too.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        JsonMapping.configure(mapper);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A field named twice is ambiguous, and Jackson fails on a record's repeated field as if it were a bug (500).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        mapper.addHandler(new RefuseActorInBody());
    }

    /** Jackson asks problem handlers about an unknown field before it ignores it. */
    private static final class RefuseActorInBody extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws ActorInBodyException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            ActorFromToken actorFromToken = type.getAnnotation(ActorFromToken.class);
            if (actorFromToken != null && Arrays.asList(actorFromToken.value()).contains(propertyName)) {
                throw new ActorInBodyException(parser, type, propertyName);
            }
            return false;
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
