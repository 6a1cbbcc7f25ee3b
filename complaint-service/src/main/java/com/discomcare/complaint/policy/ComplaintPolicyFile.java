package com.discomcare.complaint.policy;

import com.discomcare.contracts.complaint.ClockType;
import com.discomcare.kit.json.DataFile;

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

    private static final DataFile<PolicyDocument> FILE = DataFile.named("complaint policy", PolicyDocument.class);

    private ComplaintPolicyFile() {
    }

    public static ComplaintPolicy load(Path file, Duration reopenWindow) {
        return FILE.read(file, (document, source) -> build(document, source, reopenWindow));
    }

    public static ComplaintPolicy loadDefault(Duration reopenWindow) {
        return FILE.readResource(DEFAULT_RESOURCE, (document, source) -> build(document, source, reopenWindow));
    }

    private static ComplaintPolicy build(PolicyDocument document, String source, Duration reopenWindow) {
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
            throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
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
