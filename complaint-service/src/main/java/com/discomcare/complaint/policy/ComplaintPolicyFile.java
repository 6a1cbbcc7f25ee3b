package com.discomcare.complaint.policy;

import com.discomcare.contracts.complaint.ClockType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the complaint policy file ({@code COMPLAINT_SLA_POLICY}); without one, the built-in
 * {@value #DEFAULT_RESOURCE}, which holds the table of docs/domain.md, "Complaint time limits". Every mistake in
 * the file is reported at once.
 */
public final class ComplaintPolicyFile {

    public static final String DEFAULT_RESOURCE = "complaint-sla-policy.json";

    record CalendarEntry(String zone, String opens, String closes, List<String> holidays) {
    }

    record CategoryEntry(String code, String description, ClockType clock, String urban, String rural) {
    }

    record PolicyDocument(CalendarEntry calendar, List<CategoryEntry> categories) {
    }

    private ComplaintPolicyFile() {
    }

    public static ComplaintPolicy load(Path file, Duration reopenWindow) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), reopenWindow);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("complaint policy " + file + " is invalid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the complaint policy " + file, e);
        }
    }

    public static ComplaintPolicy loadDefault(Duration reopenWindow) {
        try (InputStream in = ComplaintPolicyFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in, DEFAULT_RESOURCE, reopenWindow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ComplaintPolicy parse(InputStream in, String source, Duration reopenWindow) throws IOException {
        PolicyDocument document = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(in, PolicyDocument.class);
        List<String> problems = new ArrayList<>();
        WorkingCalendar calendar = calendar(document.calendar(), problems);
        var categories = new TreeMap<String, CategoryLimit>();
        for (CategoryEntry entry : document.categories() == null ? List.<CategoryEntry>of() : document.categories()) {
            if (entry == null) {
                problems.add("an empty category entry");
                continue;
            }
            String where = "category " + entry.code();
            if (entry.code() == null || entry.code().isBlank()) {
                problems.add("a category without a code");
                continue;
            }
            if (entry.clock() == null) {
                problems.add(where + ": clock must be WORKING_HOURS or PLAIN");
            }
            TimeLimit urban = limit(entry.urban(), where + " urban", problems);
            TimeLimit rural = limit(entry.rural(), where + " rural", problems);
            if (categories.put(entry.code(), new CategoryLimit(entry.code(), entry.description(), entry.clock(),
                    urban, rural)) != null) {
                problems.add(where + " appears twice");
            }
        }
        if (categories.isEmpty()) {
            problems.add("no categories");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("complaint policy " + source + " is invalid: " + String.join("; ", problems));
        }
        return new ComplaintPolicy(categories, calendar, reopenWindow);
    }

    private static WorkingCalendar calendar(CalendarEntry entry, List<String> problems) {
        if (entry == null) {
            problems.add("no calendar");
            return null;
        }
        try {
            var holidays = new HashSet<LocalDate>();
            for (String day : entry.holidays() == null ? List.<String>of() : entry.holidays()) {
                holidays.add(LocalDate.parse(day));
            }
            return new WorkingCalendar(ZoneId.of(entry.zone()), LocalTime.parse(entry.opens()),
                    LocalTime.parse(entry.closes()), holidays);
        } catch (RuntimeException e) {
            problems.add("calendar: " + e.getMessage());
            return null;
        }
    }

    private static TimeLimit limit(String iso, String where, List<String> problems) {
        if (iso == null) {
            problems.add(where + ": missing");
            return null;
        }
        try {
            return TimeLimit.parse(iso);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }
}
