package com.discomcare.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/architecture.md true: its topic table, envelope, event types with their fields and value types must be
 * those of the code, in both directions. Collects every difference and reports them all in one failure.
 * <p>
 * What it reads: the chapters (## headings) "Topics", "Envelope", "Value types", and each chapter whose heading
 * names a sealed event interface in backticks, e.g. {@code ## Complaint events (`ComplaintEvent`, ...)}; in those,
 * every ### heading is an event type followed by a {@code | `field` | `type` | meaning |} table.
 */
class ArchitectureDocTest {

    /** Maven runs a module's tests with the module directory as working directory. */
    private static final Path DOC = Path.of("../docs/architecture.md");
    private static final ObjectMapper JSON = JsonMapping.newMapper();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void documentDescribesExactlyTheTopicsEnvelopeAndEventsOfTheCode() throws IOException {
        assertThat(mismatches(Files.readString(DOC))).as("differences between %s and the code", DOC).isEmpty();
    }

    @Test
    void everyDifferenceIsReportedInOneGo() throws IOException {
        String doc = Files.readString(DOC);
        doc = replaceOnce(doc, "| `callCount` | `integer` |", "| `callCount` | `string` |");
        doc = replaceOnce(doc, "### SiteVisitStarted", "### SiteVisitBegun");
        doc = replaceOnce(doc, "| `connections.v1` | `Topics.CONNECTIONS` | `connections.v1.dlq` | connection-service | running |\n", "");
        doc = replaceOnce(doc, "`escalations.v1.dlq`", "`escalations.v1.dead`");
        doc = replaceOnce(doc, "| `Language` | `en`, `hi` |", "| `Language` | `en`, `hin` |");
        doc = replaceOnce(doc, "| `overdueBy` | `duration` | how far past the complaint's due time |\n", "");
        doc = replaceOnce(doc, "| `missing` | `string[]` |", "| `missing` | `string` |");

        assertThat(mismatches(doc)).containsExactlyInAnyOrder(
                "ComplaintRepeated.callCount: the code has type `integer`, the document `string`",
                "SiteVisitBegun: in the document, but not an event the catalog of complaints.v1 names",
                "SiteVisitStarted: a ComplaintEvent without its ### heading and field table",
                "Topics.CONNECTIONS (connections.v1): missing from the topic table",
                "escalations.v1: dead-letter topic is `escalations.v1.dlq`, the document says `escalations.v1.dead`",
                "value type Language: the code has [en, hi], the document [en, hin]",
                "EscalationRaised.overdueBy: a field of type `duration` missing from the document",
                "DeficiencyNoted.missing: the code has type `string[]`, the document `string`");
    }

    static List<String> mismatches(String markdown) {
        Doc doc = Doc.parse(markdown);
        List<String> mismatches = new ArrayList<>();
        checkTopics(doc, mismatches);
        checkFields("IntegrationEvent", IntegrationEvent.class, doc.rows("Envelope", ""), mismatches);
        Map<String, Class<?>> valueTypes = new TreeMap<>();
        for (EventCatalog<?> catalog : EventCatalogs.ALL) {
            checkEvents(doc, catalog, mismatches);
            for (Class<?> event : catalog.baseType().getPermittedSubclasses()) {
                for (RecordComponent component : event.getRecordComponents()) {
                    Class<?> type = elementType(component.getGenericType());
                    if (type.isEnum() || type.isRecord()) {
                        valueTypes.put(type.getSimpleName(), type);
                    }
                }
            }
        }
        checkValueTypes(doc, valueTypes, mismatches);
        return mismatches;
    }

    private static void checkTopics(Doc doc, List<String> mismatches) {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : Topics.class.getFields()) {
            String value = constantValue(field);
            if (value != null && !value.equals(Topics.DEAD_LETTER_SUFFIX)) {
                constants.put("Topics." + field.getName(), value);
            }
        }
        Map<String, String> described = new TreeMap<>();
        for (List<String> row : doc.rows("Topics", "")) {
            String topic = code(row, 0);
            String constant = code(row, 1);
            if (topic == null || constant == null) {
                mismatches.add("topic table: row " + row + " is not | `topic` | `Topics.CONSTANT` | `dead-letter topic` | ...");
                continue;
            }
            described.put(constant, topic);
            if (!constants.containsKey(constant)) {
                mismatches.add(constant + " (" + topic + "): in the topic table, but Topics has no such constant");
            } else if (!constants.get(constant).equals(topic)) {
                mismatches.add(constant + ": the code says " + constants.get(constant) + ", the document " + topic);
            }
            String deadLetters = code(row, 2);
            if (!Topics.deadLetterTopicOf(topic).equals(deadLetters)) {
                mismatches.add(topic + ": dead-letter topic is `" + Topics.deadLetterTopicOf(topic)
                        + "`, the document says `" + deadLetters + "`");
            }
        }
        constants.forEach((constant, topic) -> {
            if (!described.containsKey(constant)) {
                mismatches.add(constant + " (" + topic + "): missing from the topic table");
            }
        });
    }

    /** The events by their names on the wire, as the topic's catalog names them. */
    private static void checkEvents(Doc doc, EventCatalog<?> catalog, List<String> mismatches) {
        String familyName = catalog.baseType().getSimpleName();
        Map<String, Class<?>> inCode = new TreeMap<>();
        for (String name : catalog.names()) {
            inCode.put(name, catalog.typeNamed(name).orElseThrow());
        }
        Map<String, List<List<String>>> inDoc = doc.sectionsOfChapterNaming("`" + familyName + "`");
        inDoc.forEach((event, rows) -> {
            if (!inCode.containsKey(event)) {
                mismatches.add(event + ": in the document, but not an event the catalog of " + catalog.topic() + " names");
            }
        });
        inCode.forEach((name, event) -> {
            if (inDoc.containsKey(name)) {
                checkFields(name, event, inDoc.get(name), mismatches);
            } else {
                mismatches.add(name + ": a " + familyName + " without its ### heading and field table");
            }
        });
    }

    /** The table's rows are {@code | `field` | `type` | meaning |}, in the order of the record's components. */
    private static void checkFields(String record, Class<?> type, List<List<String>> rows, List<String> mismatches) {
        Map<String, String> inCode = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            inCode.put(component.getName(), jsonType(component.getGenericType()));
        }
        Map<String, String> inDoc = new LinkedHashMap<>();
        for (List<String> row : rows) {
            String field = code(row, 0);
            if (field == null) {
                mismatches.add(record + ": row " + row + " is not | `field` | `type` | meaning |");
            } else {
                inDoc.put(field, code(row, 1));
            }
        }
        inDoc.forEach((field, docType) -> {
            if (!inCode.containsKey(field)) {
                mismatches.add(record + "." + field + ": in the document, but not a field of the record");
            } else if (!inCode.get(field).equals(docType)) {
                mismatches.add(record + "." + field + ": the code has type `" + inCode.get(field)
                        + "`, the document `" + docType + "`");
            }
        });
        inCode.forEach((field, codeType) -> {
            if (!inDoc.containsKey(field)) {
                mismatches.add(record + "." + field + ": a field of type `" + codeType + "` missing from the document");
            }
        });
        List<String> documentedInCodeOrder = inCode.keySet().stream().filter(inDoc::containsKey).toList();
        List<String> documented = inDoc.keySet().stream().filter(inCode::containsKey).toList();
        if (!documented.equals(documentedInCodeOrder)) {
            mismatches.add(record + ": fields listed as " + documented + ", the record's order is " + documentedInCodeOrder);
        }
    }

    /** {@code | `Type` | `VALUE`, ... |}: an enum's JSON values or a record's fields, in declaration order. */
    private static void checkValueTypes(Doc doc, Map<String, Class<?>> usedByEvents, List<String> mismatches) {
        Map<String, List<String>> inDoc = new TreeMap<>();
        for (List<String> row : doc.rows("Value types", "")) {
            String type = code(row, 0);
            if (type == null || row.size() < 2) {
                mismatches.add("value types: row " + row + " is not | `Type` | `value`, ... |");
            } else {
                inDoc.put(type, codes(row.get(1)));
            }
        }
        inDoc.keySet().stream().filter(type -> !usedByEvents.containsKey(type)).forEach(type ->
                mismatches.add("value type " + type + ": in the document, but no event field has this type"));
        usedByEvents.forEach((name, type) -> {
            List<String> expected = jsonShape(type);
            if (!inDoc.containsKey(name)) {
                mismatches.add("value type " + name + " " + expected + ": missing from the value types table");
            } else if (!inDoc.get(name).equals(expected)) {
                mismatches.add("value type " + name + ": the code has " + expected + ", the document " + inDoc.get(name));
            }
        });
    }

    /** How the type appears in the JSON, as the document names it; a list of X is {@code X[]}. */
    private static String jsonType(Type generic) {
        if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
            return jsonType(list.getActualTypeArguments()[0]) + "[]";
        }
        Class<?> type = (Class<?>) generic;
        if (type == String.class) {
            return "string";
        } else if (type == int.class || type == long.class || type == Long.class) {
            return "integer";
        } else if (type == BigDecimal.class) {
            return "decimal";
        } else if (type == boolean.class) {
            return "boolean";
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            return "timestamp";
        } else if (type == Duration.class) {
            return "duration";
        } else if (type == UUID.class) {
            return "uuid";
        } else if (type == JsonNode.class) {
            return "object";
        }
        return type.getSimpleName();
    }

    /** The type itself, or a list's element type. */
    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
            return elementType(list.getActualTypeArguments()[0]);
        }
        return (Class<?>) generic;
    }

    /** An enum's values as they are written in JSON (which may differ from the names), or a record's field names. */
    private static List<String> jsonShape(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(value -> JSON.valueToTree(value).asText()).toList();
        }
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String constantValue(Field field) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class) {
            return null;
        }
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cell's text if the whole cell is one code span, else null. */
    private static String code(List<String> row, int column) {
        if (column >= row.size()) {
            return null;
        }
        List<String> codes = codes(row.get(column));
        return codes.size() == 1 && row.get(column).equals("`" + codes.get(0) + "`") ? codes.get(0) : null;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertThat(at).as("the document contains %s exactly once", target).isNotNegative();
        assertThat(text.indexOf(target, at + 1)).as("the document contains %s exactly once", target).isNegative();
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /**
     * The document's table rows (without header and separator), by chapter (## heading) and section (### heading,
     * "" before the first). A section is listed even without a table. Fenced code blocks are skipped.
     */
    private record Doc(Map<String, Map<String, List<List<String>>>> chapters) {

        private static final Pattern SEPARATOR = Pattern.compile("^\\|[\\s:|-]+\\|?$");

        static Doc parse(String markdown) {
            Map<String, Map<String, List<List<String>>>> chapters = new LinkedHashMap<>();
            String chapter = "";
            String section = "";
            boolean fenced = false;
            List<String> table = new ArrayList<>();
            for (String line : markdown.lines().toList()) {
                if (line.startsWith("```")) {
                    fenced = !fenced;
                }
                if (fenced) {
                    continue;
                }
                if (line.startsWith("|")) {
                    table.add(line.strip());
                    continue;
                }
                addTable(chapters, chapter, section, table);
                table = new ArrayList<>();
                if (line.startsWith("## ")) {
                    chapter = line.substring(3).strip();
                    section = "";
                } else if (line.startsWith("### ")) {
                    section = line.substring(4).strip();
                }
                chapters.computeIfAbsent(chapter, c -> new LinkedHashMap<>()).computeIfAbsent(section, s -> new ArrayList<>());
            }
            addTable(chapters, chapter, section, table);
            return new Doc(chapters);
        }

        private static void addTable(Map<String, Map<String, List<List<String>>>> chapters, String chapter,
                                     String section, List<String> lines) {
            if (lines.size() < 2 || !SEPARATOR.matcher(lines.get(1)).matches()) {
                return;
            }
            List<List<String>> rows = chapters.computeIfAbsent(chapter, c -> new LinkedHashMap<>())
                    .computeIfAbsent(section, s -> new ArrayList<>());
            for (String line : lines.subList(2, lines.size())) {
                String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
                rows.add(Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList());
            }
        }

        /** The rows of a chapter whose heading starts with {@code chapter}; none if there is no such chapter. */
        List<List<String>> rows(String chapter, String section) {
            return chapters.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(chapter))
                    .map(entry -> entry.getValue().getOrDefault(section, List.of()))
                    .flatMap(List::stream)
                    .toList();
        }

        /** The ### sections of every chapter whose heading contains {@code text}. */
        Map<String, List<List<String>>> sectionsOfChapterNaming(String text) {
            Map<String, List<List<String>>> sections = new LinkedHashMap<>();
            chapters.forEach((chapter, byHeading) -> {
                if (chapter.contains(text)) {
                    byHeading.forEach((section, rows) -> {
                        if (!section.isEmpty()) {
                            sections.put(section, rows);
                        }
                    });
                }
            });
            return sections;
        }
    }
}
