package com.discomcare.escalation.roster;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.json.DataFile;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The officer roster file ({@code OFFICER_ROSTER}; the built-in sample {@value #DEFAULT_RESOURCE} without one):
 * circles with their head, and per district of a circle its CRO, CSM, DM and relationship manager ({@code rm}, named
 * on large and industrial consumers' requests). Any role may be missing (a gap).
 */
public final class RosterFile {

    public static final String DEFAULT_RESOURCE = "officer-roster.json";
    static final Pattern MOBILE = Pattern.compile("^[6-9][0-9]{9}$");

    public record District(String district, Officer cro, Officer csm, Officer dm, Officer rm) {
    }

    public record Circle(String circle, Officer head, List<District> districts) {
    }

    public record Document(List<Circle> circles) {
    }

    private static final DataFile<Document> FILE = DataFile.named("officer roster", Document.class);

    private RosterFile() {
    }

    public static Document load(Path file) {
        return FILE.read(file, RosterFile::check);
    }

    public static Document loadDefault() {
        return FILE.readResource(DEFAULT_RESOURCE, RosterFile::check);
    }

    static Document parse(InputStream in, String source) {
        return FILE.read(in, source, RosterFile::check);
    }

    private static Document check(Document document, String source) {
        List<String> problems = new ArrayList<>();
        Set<String> districts = new HashSet<>();
        for (Circle circle : document.circles() == null ? List.<Circle>of() : document.circles()) {
            if (circle.circle() == null || circle.circle().isBlank()) {
                problems.add("a circle without a name");
            }
            check(circle.head(), "head of circle " + circle.circle(), problems);
            for (District district : circle.districts() == null ? List.<District>of() : circle.districts()) {
                if (district.district() == null || !districts.add(district.district())) {
                    problems.add("district " + district.district() + " is unnamed or listed twice");
                }
                check(district.cro(), "CRO of " + district.district(), problems);
                check(district.csm(), "CSM of " + district.district(), problems);
                check(district.dm(), "DM of " + district.district(), problems);
                check(district.rm(), "relationship manager of " + district.district(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
        }
        return document;
    }

    /** An officer may be absent (a roster gap) but, when present, needs an id, a name and a mobile number. */
    static void check(Officer officer, String where, List<String> problems) {
        if (officer == null) {
            return;
        }
        if (officer.id() == null || officer.id().isBlank() || officer.name() == null || officer.name().isBlank()) {
            problems.add(where + ": id and name are required");
        }
        if (officer.phone() == null || !MOBILE.matcher(officer.phone()).matches()) {
            problems.add(where + ": phone must be a 10-digit mobile number starting with 6-9");
        }
    }
}
