package com.discomcare.escalation.rest;

import com.discomcare.escalation.it.Staff;
import com.discomcare.localstack.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A roster edit is logged with the editor the token names, the officer's phone masked and no token in sight. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, initArgs = @ResourceArg(name = "database", value = "escalations"))
class RosterEditLogTest {

    /** Every line logged while it is installed, formatted with its parameters. */
    private static final class Recorder extends Handler implements AutoCloseable {
        private final Logger root = Logger.getLogger("");
        private final List<String> lines = new CopyOnWriteArrayList<>();
        /** The message with its parameters, and the stack trace of a failure. */
        private final PatternFormatter format = new PatternFormatter("%s%e");

        Recorder() {
            setLevel(Level.ALL);
            root.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(format.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            root.removeHandler(this);
        }
    }

    @Test
    void theEditorComesFromTheTokenAndThePhoneIsMasked() {
        String token = Staff.ADMIN.token();
        // The sample's head of Faridabad Circle, named again: the roster stays as the other tests expect it.
        Map<String, String> head = Map.of("id", "CH-FBD", "name", "Neha Chaudhary", "phone", "9810000002");
        List<String> lines;
        try (Recorder recorder = new Recorder()) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(head)
                    .put("/api/v1/officers/circles/{circle}/head", "Faridabad Circle")
                    .then().statusCode(200);
            lines = List.copyOf(recorder.lines);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("CIRCLE_HEAD of Faridabad Circle is now CH-FBD (phone 98******02)")
                .contains("named by ADMIN-1 (admin)"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("9810000002"));
        String[] tokenParts = token.split("\\.");
        assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf(tokenParts[1], tokenParts[2]));
    }
}
