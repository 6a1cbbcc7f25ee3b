package com.discomcare.kit.json;

import com.discomcare.kit.rest.ActorFromToken;
import com.discomcare.kit.rest.ActorInBodyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A body that names its actor is refused, where any other unknown field is tolerated as the contracts want. */
class ActorFromTokenTest {

    @ActorFromToken({"by", "agentId"})
    record Closure(String remarks) {
    }

    record Unmarked(String remarks) {
    }

    private final ObjectMapper json = customized();

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void aBodyThatNamesItsActorIsRefusedNamingTheField() {
        for (String field : new String[]{"by", "agentId"}) {
            assertThatThrownBy(() -> json.readValue("{\"remarks\":\"ok\",\"" + field + "\":\"CRO-1\"}", Closure.class))
                    .isInstanceOf(ActorInBodyException.class)
                    .hasMessageStartingWith("the actor is the signed-in user; do not send " + field)
                    .satisfies(e -> assertThat(((ActorInBodyException) e).getPath().get(0).getFieldName())
                            .isEqualTo(field));
        }
        assertThatThrownBy(() -> json.readValue("{\"by\":null}", Closure.class))
                .isInstanceOf(ActorInBodyException.class);
    }

    @Test
    void otherUnknownFieldsAndUnmarkedTypesAreTolerated() throws Exception {
        assertThat(json.readValue("{\"remarks\":\"ok\",\"note\":\"x\"}", Closure.class)).isEqualTo(new Closure("ok"));
        assertThat(json.readValue("{\"remarks\":\"ok\",\"by\":\"CRO-1\"}", Unmarked.class))
                .isEqualTo(new Unmarked("ok"));
    }
}
