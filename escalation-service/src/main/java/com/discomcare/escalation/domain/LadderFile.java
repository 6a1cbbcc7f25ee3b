package com.discomcare.escalation.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the escalation ladder ({@code ESCALATION_LADDER}; the built-in {@value #DEFAULT_RESOURCE} without one):
 * {@code {"default": ["PT0S","PT4H","PT12H"], "caseTypes": {"E3": ["PT0S","P2D","P5D"]}, "settle": "PT5S"}}, each
 * list the ISO-8601 offsets after the complaint's due time at which tiers 1, 2 and 3 fall due; {@code settle}
 * (optional, default none) is added to each.
 */
public final class LadderFile {

    public static final String DEFAULT_RESOURCE = "escalation-ladder.json";

    record Document(@JsonProperty("default") List<String> defaultTiers, Map<String, List<String>> caseTypes,
                    String settle) {
    }

    private LadderFile() {
    }

    public static Ladder load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the escalation ladder " + file, e);
        }
    }

    public static Ladder loadDefault() {
        try (InputStream in = LadderFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ladder parse(InputStream in, String source) {
        try {
            Document document = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Document.class);
            if (document.defaultTiers() == null) {
                throw new IllegalArgumentException("no \"default\" ladder");
            }
            Map<String, List<Duration>> byCaseType = new HashMap<>();
            if (document.caseTypes() != null) {
                document.caseTypes().forEach((caseType, tiers) -> byCaseType.put(caseType, durations(tiers)));
            }
            Duration settle = document.settle() == null ? Duration.ZERO : Duration.parse(document.settle());
            return new Ladder(durations(document.defaultTiers()), byCaseType, settle);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("escalation ladder " + source + " is invalid: " + e.getMessage(), e);
        }
    }

    private static List<Duration> durations(List<String> tiers) {
        return tiers.stream().map(Duration::parse).toList();
    }
}
