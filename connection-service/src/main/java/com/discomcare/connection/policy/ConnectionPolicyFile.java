package com.discomcare.connection.policy;

import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.kit.json.DataFile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the connection time-limit policy ({@code CONNECTION_SLA_POLICY}); without one, the built-in
 * {@value #DEFAULT_RESOURCE}: the stricter of the charters and the Rights of Consumers Rules, as docs/domain.md,
 * "Service request time limits", explains. Every mistake in the file is reported at once, including a case no row
 * covers and a row no case reaches.
 */
public final class ConnectionPolicyFile {

    public static final String DEFAULT_RESOURCE = "connection-sla-policy.json";

    record RowEntry(List<String> conditions, List<String> voltageClasses, List<String> areaTypes, BigDecimal loadUpTo,
                    String limit, String source) {
    }

    record StageEntry(String code, String description, String startsAt, List<RowEntry> limits) {
    }

    record RequestTypeEntry(String code, String description, List<String> conditions, List<StageEntry> stages) {
    }

    record PolicyDocument(List<RequestTypeEntry> requestTypes) {
    }

    private static final DataFile<PolicyDocument> FILE = DataFile.named("connection policy", PolicyDocument.class);

    private ConnectionPolicyFile() {
    }

    public static ConnectionPolicy load(Path file) {
        return FILE.read(file, ConnectionPolicyFile::build);
    }

    public static ConnectionPolicy loadDefault() {
        return FILE.readResource(DEFAULT_RESOURCE, ConnectionPolicyFile::build);
    }

    private static ConnectionPolicy build(PolicyDocument document, String source) {
        List<String> problems = new ArrayList<>();
        var types = new ArrayList<RequestTypePolicy>();
        var typeCodes = new HashSet<String>();
        for (RequestTypeEntry entry : listOf(document.requestTypes())) {
            if (entry == null || blank(entry.code())) {
                problems.add("a request type without a code");
                continue;
            }
            if (!typeCodes.add(entry.code())) {
                problems.add("request type " + entry.code() + " appears twice");
            }
            types.add(requestType(entry, problems));
        }
        if (types.isEmpty()) {
            problems.add("no request types");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
        }
        return new ConnectionPolicy(types);
    }

    private static RequestTypePolicy requestType(RequestTypeEntry entry, List<String> problems) {
        String type = entry.code();
        var conditions = new LinkedHashSet<String>();
        for (String condition : listOf(entry.conditions())) {
            if (blank(condition) || !conditions.add(condition)) {
                problems.add(type + ": condition '" + condition + "' is blank or appears twice");
            }
        }
        var stages = new ArrayList<StagePolicy>();
        var stageCodes = new HashSet<String>();
        var starts = new HashSet<String>();
        for (StageEntry stageEntry : listOf(entry.stages())) {
            if (stageEntry == null || blank(stageEntry.code())) {
                problems.add(type + ": a stage without a code");
                continue;
            }
            String where = type + " " + stageEntry.code();
            if (!stageCodes.add(stageEntry.code())) {
                problems.add(where + " appears twice");
            }
            if (blank(stageEntry.startsAt())) {
                problems.add(where + ": startsAt is missing (" + ConnectionPolicy.REGISTERED + " or a step)");
            } else if (!starts.add(stageEntry.startsAt())) {
                problems.add(where + ": another stage of " + type + " also starts at " + stageEntry.startsAt());
            }
            var rows = new ArrayList<LimitRow>();
            List<RowEntry> rowEntries = listOf(stageEntry.limits());
            for (int i = 0; i < rowEntries.size(); i++) {
                LimitRow row = row(rowEntries.get(i), where + " row " + (i + 1), conditions, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (rowEntries.isEmpty()) {
                problems.add(where + " has no limits");
            } else if (rows.size() == rowEntries.size()) {
                checkCoverage(where, List.copyOf(conditions), rows, problems);
            }
            stages.add(new StagePolicy(stageEntry.code(), stageEntry.description(),
                    blank(stageEntry.startsAt()) ? "" : stageEntry.startsAt(), rows));
        }
        if (!starts.contains(ConnectionPolicy.REGISTERED)) {
            problems.add(type + ": no stage starts at " + ConnectionPolicy.REGISTERED);
        }
        return new RequestTypePolicy(type, entry.description(), List.copyOf(conditions), stages);
    }

    private static LimitRow row(RowEntry entry, String where, Set<String> declared, List<String> problems) {
        if (entry == null) {
            problems.add(where + " is empty");
            return null;
        }
        int before = problems.size();
        for (String condition : listOf(entry.conditions())) {
            if (!declared.contains(condition)) {
                problems.add(where + ": condition " + condition + " is not one of the request type's " + declared);
            }
        }
        Set<VoltageClass> voltageClasses = enums(VoltageClass.class, entry.voltageClasses(), where + ": voltage class",
                problems);
        Set<ConnectionAreaType> areaTypes = enums(ConnectionAreaType.class, entry.areaTypes(), where + ": area type",
                problems);
        if (entry.loadUpTo() != null && entry.loadUpTo().signum() <= 0) {
            problems.add(where + ": loadUpTo must be positive");
        }
        Duration limit = limit(entry.limit(), where, problems);
        return problems.size() > before ? null : new LimitRow(new HashSet<>(listOf(entry.conditions())),
                voltageClasses, areaTypes, entry.loadUpTo(), limit, entry.source());
    }

    private static Duration limit(String iso, String where, List<String> problems) {
        if (iso == null) {
            problems.add(where + ": limit is missing");
            return null;
        }
        try {
            Duration limit = Duration.parse(iso.trim());
            if (limit.isNegative() || limit.isZero()) {
                problems.add(where + ": limit '" + iso + "' must be positive");
            }
            return limit;
        } catch (DateTimeParseException e) {
            problems.add(where + ": limit '" + iso + "' is not an ISO-8601 duration such as PT24H or P3D");
            return null;
        }
    }

    /**
     * Every case (condition x voltage class x area type) must reach a row without a load bound, so that a lookup
     * never finds nothing, and every row must be reached by some case, so that none is written in vain.
     */
    private static void checkCoverage(String where, List<String> conditions, List<LimitRow> rows,
                                      List<String> problems) {
        List<String> cases = conditions.isEmpty() ? Arrays.asList((String) null) : conditions;
        var reached = new boolean[rows.size()];
        var uncovered = new ArrayList<String>();
        for (String condition : cases) {
            for (VoltageClass voltageClass : VoltageClass.values()) {
                for (ConnectionAreaType areaType : ConnectionAreaType.values()) {
                    BigDecimal highestBand = null;
                    boolean covered = false;
                    for (int i = 0; i < rows.size() && !covered; i++) {
                        LimitRow row = rows.get(i);
                        if (!names(row.conditions(), condition) || !names(row.voltageClasses(), voltageClass)
                                || !names(row.areaTypes(), areaType)) {
                            continue;
                        }
                        if (row.loadUpTo() == null) {
                            reached[i] = true;
                            covered = true;
                        } else if (highestBand == null || row.loadUpTo().compareTo(highestBand) > 0) {
                            reached[i] = true;
                            highestBand = row.loadUpTo();
                        }
                    }
                    if (!covered) {
                        uncovered.add((condition == null ? "" : condition + " ") + voltageClass + " " + areaType);
                    }
                }
            }
        }
        if (!uncovered.isEmpty()) {
            problems.add(where + " has no limit for " + String.join(", ", uncovered));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!reached[i]) {
                problems.add(where + " row " + (i + 1) + " never applies: the rows above it cover every case it names");
            }
        }
    }

    private static <T> boolean names(Set<T> named, T value) {
        return named.isEmpty() || named.contains(value);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String where,
                                                    List<String> problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : listOf(names)) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + " " + name + " is not one of " + EnumSet.allOf(type));
            }
        }
        return values;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
