package com.discomcare.connection.rest;

import com.discomcare.kit.rest.FreeText;
import com.discomcare.kit.rest.PlainText;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every String a request can carry has a text rule, so a new field cannot forget it. */
class RequestTextRulesTest {

    @Test
    void everyStringInARequestBodyIsPlainOrFreeText() {
        List<String> unruled = new ArrayList<>();
        for (Class<?> body : Requests.class.getDeclaredClasses()) {
            for (RecordComponent component : body.getRecordComponents()) {
                if (component.getType() == String.class && !component.isAnnotationPresent(PlainText.class)
                        && !component.isAnnotationPresent(FreeText.class)) {
                    unruled.add(body.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unruled).isEmpty();
    }

    @Test
    void everyStringParameterOfAResourceIsPlainText() {
        List<String> unruled = new ArrayList<>();
        for (Class<?> resource : List.of(ConnectionApplicationResource.class, ServiceRequestResource.class,
                ChargesResource.class, ConnectionPolicyResource.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    boolean http = parameter.isAnnotationPresent(jakarta.ws.rs.PathParam.class)
                            || parameter.isAnnotationPresent(jakarta.ws.rs.QueryParam.class)
                            || parameter.isAnnotationPresent(jakarta.ws.rs.HeaderParam.class);
                    boolean checkedByParser = parameter.isAnnotationPresent(jakarta.ws.rs.HeaderParam.class)
                            && parameter.getAnnotation(jakarta.ws.rs.HeaderParam.class).value().equals("If-Match");
                    if (http && parameter.getType() == String.class && !checkedByParser
                            && !parameter.isAnnotationPresent(PlainText.class)) {
                        unruled.add(resource.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertThat(unruled).isEmpty();
    }
}
