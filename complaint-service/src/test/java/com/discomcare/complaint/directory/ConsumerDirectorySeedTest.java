package com.discomcare.complaint.directory;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsumerDirectorySeedTest {

    @Test
    void theSampleFileReads() {
        assertThat(ConsumerDirectorySeed.read(Path.of("src/main/resources/consumer-directory-seed.json")))
                .extracting(DirectoryEntry::consumerNumber).contains("8100000017", "8100000033");
    }

    @Test
    void aBrokenFileNamesEveryMistake() {
        String json = """
                {"consumers": [
                  {"consumerNumber": "1234", "name": "", "phone": "12345", "district": "Gurugram",
                   "areaType": "METRO", "category": "DS", "load": 0, "loadUnit": "KW",
                   "relationshipManager": {"id": "RM-1", "name": "X", "phone": "1"}}
                ]}""";
        assertThatThrownBy(() -> ConsumerDirectorySeed.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 digits starting with 8")
                .hasMessageContaining("name and district are required")
                .hasMessageContaining("phone must be")
                .hasMessageContaining("load must be positive")
                .hasMessageContaining("relationship manager");
    }
}
