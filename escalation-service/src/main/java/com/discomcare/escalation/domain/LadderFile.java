package com.discomcare.escalation.domain;

import com.discomcare.kit.json.DataFile;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.InputStream;
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

    private static final DataFile<Document> FILE = DataFile.named("escalation ladder", Document.class);

    private LadderFile() {
    }

    public static Ladder load(Path file) {
        return FILE.read(file, LadderFile::build);
    }

    public static Ladder loadDefault() {
        return FILE.readResource(DEFAULT_RESOURCE, LadderFile::build);
    }

    static Ladder parse(InputStream in, String source) {
        return FILE.read(in, source, LadderFile::build);
    }

    private static Ladder build(Document document, String source) {
        try {
            if (document.defaultTiers() == null) {
                throw new IllegalArgumentException("no \"default\" ladder");
            }
            Map<String, List<Duration>> byCaseType = new HashMap<>();
            if (document.caseTypes() != null) {
                document.caseTypes().forEach((caseType, tiers) -> byCaseType.put(caseType, durations(tiers)));
            }
            Duration settle = document.settle() == null ? Duration.ZERO : Duration.parse(document.settle());
            return new Ladder(durations(document.defaultTiers()), byCaseType, settle);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE.invalidMessage(source, e.getMessage()), e);
        }
    }

    private static List<Duration> durations(List<String> tiers) {
        return tiers.stream().map(Duration::parse).toList();
    }
}
