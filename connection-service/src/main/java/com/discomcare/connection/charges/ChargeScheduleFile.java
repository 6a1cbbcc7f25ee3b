package com.discomcare.connection.charges;

import com.discomcare.connection.charges.ChargesVersion.CategoryCharges;
import com.discomcare.connection.charges.ChargesVersion.ChargeRule;
import com.discomcare.connection.charges.ChargesVersion.DevelopmentRule;
import com.discomcare.connection.charges.ChargesVersion.LineRule;
import com.discomcare.connection.charges.ChargesVersion.MeterRule;
import com.discomcare.connection.charges.ChargesVersion.RateBand;
import com.discomcare.connection.charges.ChargesVersion.Share;
import com.discomcare.connection.charges.ChargesVersion.Supply;
import com.discomcare.connection.charges.ChargesVersion.TemporaryRule;
import com.discomcare.connection.charges.ChargesVersion.TransformerRatio;
import com.discomcare.connection.charges.ChargesVersion.TransformerRule;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.kit.json.DataFile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the versioned connection charges ({@code CONNECTION_CHARGES}); without a file, the built-in
 * {@value #DEFAULT_RESOURCE}, which holds the DHBVN table of docs/domain.md, "Charges for a new connection". Every
 * mistake in the file is reported at once.
 */
public final class ChargeScheduleFile {

    public static final String DEFAULT_RESOURCE = "connection-charges.json";

    record DevelopmentBandEntry(BigDecimal upToSqYd, Long rupees) {
    }

    record LineBandEntry(BigDecimal upToKw, Long rupees) {
    }

    record ChargeEntry(String code, String description, Long fixed, Long perUnit, Map<String, Long> perUnitByPhases,
                       Boolean perUnitOrPart, String payable, String shareWithApplication) {
    }

    record DevelopmentEntry(Long fixed, Boolean lowTensionOnly) {
    }

    record LineEntry(Integer estimateBeyondMetres, Integer beyondMetres, List<LineBandEntry> perMetre, Long perSpan) {
    }

    record CategoryEntry(String category, List<ChargeEntry> charges, DevelopmentEntry development, LineEntry line) {
    }

    record RatioEntry(String ratio, BigDecimal upToLoad, Long rupees) {
    }

    record TransformersEntry(String description, Integer count, List<RatioEntry> ratios, BigDecimal fittingPercent,
                             Long fittingMinimum) {
    }

    record MeterEntry(String type, String description, String supply, Integer phases, BigDecimal upToKw, Long price,
                      Long fitting, TransformersEntry transformers) {
    }

    record TemporaryEntry(Integer multiplier, List<String> waived) {
    }

    record VersionEntry(String version, String effectiveFrom, String source, BigDecimal ltSupplyUpToKw,
                        List<DevelopmentBandEntry> developmentPerSqYd, List<CategoryEntry> categories,
                        List<MeterEntry> meters, TemporaryEntry temporary) {
    }

    record ScheduleDocument(List<VersionEntry> versions) {
    }

    private static final DataFile<ScheduleDocument> FILE = DataFile.namedPlural("connection charges",
            ScheduleDocument.class);

    private ChargeScheduleFile() {
    }

    public static ChargeSchedule load(Path file) {
        return FILE.read(file, ChargeScheduleFile::build);
    }

    public static ChargeSchedule loadDefault() {
        return FILE.readResource(DEFAULT_RESOURCE, ChargeScheduleFile::build);
    }

    private static ChargeSchedule build(ScheduleDocument document, String source) {
        List<String> problems = new ArrayList<>();
        var versions = new ArrayList<ChargesVersion>();
        var names = new HashSet<String>();
        var dates = new HashSet<LocalDate>();
        for (VersionEntry entry : listOf(document.versions())) {
            if (entry == null || blank(entry.version())) {
                problems.add("a version without a name");
                continue;
            }
            if (!names.add(entry.version())) {
                problems.add("version " + entry.version() + " appears twice");
            }
            ChargesVersion version = version(entry, new Problems(problems, "version " + entry.version()));
            if (version != null && !dates.add(version.effectiveFrom())) {
                problems.add("version " + entry.version() + ": another version is also in force from "
                        + version.effectiveFrom());
            }
            versions.add(version);
        }
        if (versions.isEmpty()) {
            problems.add("no versions");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(FILE.invalidMessage(source, String.join("; ", problems)));
        }
        return new ChargeSchedule(versions);
    }

    /** The problems of one version, each prefixed with where it is. */
    private record Problems(List<String> all, String where) {

        void add(String problem) {
            all.add(where + ": " + problem);
        }

        Problems in(String place) {
            return new Problems(all, where + ", " + place);
        }

        long nonNegative(Long value, String field) {
            if (value == null) {
                add(field + " is missing");
                return 0;
            }
            if (value < 0) {
                add(field + " must not be negative");
            }
            return value;
        }
    }

    private static ChargesVersion version(VersionEntry entry, Problems problems) {
        int before = problems.all().size();
        LocalDate effectiveFrom = null;
        try {
            effectiveFrom = LocalDate.parse(String.valueOf(entry.effectiveFrom()));
        } catch (DateTimeParseException e) {
            problems.add("effectiveFrom '" + entry.effectiveFrom() + "' is not a date such as 2024-04-01");
        }
        if (entry.ltSupplyUpToKw() == null || entry.ltSupplyUpToKw().signum() <= 0) {
            problems.add("ltSupplyUpToKw must be more than 0");
        }
        List<RateBand> developmentBands = bands(entry.developmentPerSqYd(), DevelopmentBandEntry::upToSqYd,
                DevelopmentBandEntry::rupees, problems.in("developmentPerSqYd"));

        var categories = new EnumMap<ConnectionCategory, CategoryCharges>(ConnectionCategory.class);
        for (CategoryEntry categoryEntry : listOf(entry.categories())) {
            ConnectionCategory category = category(categoryEntry, problems);
            if (category == null) {
                continue;
            }
            Problems here = problems.in(category.name());
            CategoryCharges charges = new CategoryCharges(category, charges(categoryEntry.charges(), here),
                    development(categoryEntry.development(), here), line(categoryEntry.line(), here));
            if (categories.put(category, charges) != null) {
                here.add("appears twice");
            }
        }
        for (ConnectionCategory category : ConnectionCategory.values()) {
            if (!categories.containsKey(category)) {
                problems.add("no charges for category " + category);
            }
        }

        List<MeterRule> meters = meters(entry.meters(), entry.ltSupplyUpToKw(), problems);
        TemporaryRule temporary = temporary(entry.temporary(), problems);
        if (problems.all().size() > before) {
            return null;
        }
        return new ChargesVersion(entry.version(), effectiveFrom, entry.source(), entry.ltSupplyUpToKw(),
                developmentBands, categories, meters, temporary);
    }

    private static ConnectionCategory category(CategoryEntry entry, Problems problems) {
        if (entry == null || entry.category() == null) {
            problems.add("a category entry without a category");
            return null;
        }
        try {
            return ConnectionCategory.valueOf(entry.category());
        } catch (IllegalArgumentException e) {
            problems.add("category " + entry.category() + " is not one of " + List.of(ConnectionCategory.values()));
            return null;
        }
    }

    private static List<ChargeRule> charges(List<ChargeEntry> entries, Problems problems) {
        var rules = new ArrayList<ChargeRule>();
        var codes = new HashSet<String>();
        for (ChargeEntry entry : listOf(entries)) {
            if (entry == null || blank(entry.code())) {
                problems.add("a charge without a code");
                continue;
            }
            Problems here = problems.in(entry.code());
            if (!codes.add(entry.code())) {
                here.add("appears twice");
            }
            int kinds = (entry.fixed() == null ? 0 : 1) + (entry.perUnit() == null ? 0 : 1)
                    + (entry.perUnitByPhases() == null ? 0 : 1);
            if (kinds != 1) {
                here.add("give exactly one of fixed, perUnit, perUnitByPhases");
            }
            if (entry.fixed() != null) {
                here.nonNegative(entry.fixed(), "fixed");
            }
            if (entry.perUnit() != null) {
                here.nonNegative(entry.perUnit(), "perUnit");
            }
            var byPhases = new TreeMap<Integer, Long>();
            if (entry.perUnitByPhases() != null) {
                entry.perUnitByPhases().forEach((phases, rate) -> {
                    if (!phases.equals("1") && !phases.equals("3")) {
                        here.add("perUnitByPhases: phases '" + phases + "' must be 1 or 3");
                    } else {
                        byPhases.put(Integer.valueOf(phases), here.nonNegative(rate, "perUnitByPhases " + phases));
                    }
                });
            }
            Payable payable = constant(Payable.class, entry.payable(), "payable", here);
            Share share = null;
            if (entry.shareWithApplication() != null) {
                share = share(entry.shareWithApplication(), here);
                if (payable != Payable.WITH_DEMAND_NOTE) {
                    here.add("a shareWithApplication is for a charge payable WITH_DEMAND_NOTE");
                }
            }
            rules.add(new ChargeRule(entry.code(), entry.description(), entry.fixed(), entry.perUnit(), byPhases,
                    Boolean.TRUE.equals(entry.perUnitOrPart()), payable, share));
        }
        return rules;
    }

    private static Share share(String text, Problems problems) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                int numerator = Integer.parseInt(parts[0].trim());
                int denominator = Integer.parseInt(parts[1].trim());
                if (numerator > 0 && numerator < denominator) {
                    return new Share(numerator, denominator);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("shareWithApplication '" + text + "' is not a fraction between 0 and 1 such as 1/3");
        return null;
    }

    private static DevelopmentRule development(DevelopmentEntry entry, Problems problems) {
        if (entry == null) {
            return null;
        }
        return new DevelopmentRule(entry.fixed() == null ? 0 : problems.nonNegative(entry.fixed(), "development fixed"),
                Boolean.TRUE.equals(entry.lowTensionOnly()));
    }

    private static LineRule line(LineEntry entry, Problems problems) {
        if (entry == null) {
            return null;
        }
        Problems here = problems.in("line");
        boolean estimate = entry.estimateBeyondMetres() != null;
        boolean perMetre = entry.beyondMetres() != null || entry.perMetre() != null;
        boolean perSpan = entry.perSpan() != null;
        if ((estimate ? 1 : 0) + (perMetre ? 1 : 0) + (perSpan ? 1 : 0) != 1) {
            here.add("give exactly one of estimateBeyondMetres, beyondMetres with perMetre, perSpan");
            return null;
        }
        if (estimate && entry.estimateBeyondMetres() < 0) {
            here.add("estimateBeyondMetres must not be negative");
        }
        List<RateBand> bands = List.of();
        if (perMetre) {
            if (entry.beyondMetres() == null || entry.beyondMetres() < 0) {
                here.add("beyondMetres must be given and not negative");
            }
            bands = bands(entry.perMetre(), LineBandEntry::upToKw, LineBandEntry::rupees, here.in("perMetre"));
        }
        if (perSpan) {
            here.nonNegative(entry.perSpan(), "perSpan");
        }
        return new LineRule(entry.estimateBeyondMetres(), entry.beyondMetres(), bands, entry.perSpan());
    }

    /** Bands in ascending order, the last one without a bound. */
    private static <T> List<RateBand> bands(List<T> entries, Function<T, BigDecimal> upTo, Function<T, Long> rupees,
                                            Problems problems) {
        var bands = new ArrayList<RateBand>();
        for (T entry : listOf(entries)) {
            if (entry == null) {
                problems.add("an empty band");
                continue;
            }
            BigDecimal bound = upTo.apply(entry);
            if (!bands.isEmpty() && bands.getLast().upTo() == null) {
                problems.add("a band follows the one without a bound");
            } else if (bound != null && !bands.isEmpty() && bound.compareTo(bands.getLast().upTo()) <= 0) {
                problems.add("bands must rise: " + bound.toPlainString() + " follows "
                        + bands.getLast().upTo().toPlainString());
            }
            bands.add(new RateBand(bound, problems.nonNegative(rupees.apply(entry), "rupees")));
        }
        if (bands.isEmpty() || bands.getLast().upTo() != null) {
            problems.add("the last band must have no bound, so that every size has a rate");
        }
        return bands;
    }

    private static List<MeterRule> meters(List<MeterEntry> entries, BigDecimal ltSupplyUpToKw, Problems problems) {
        var meters = new ArrayList<MeterRule>();
        var types = new HashSet<String>();
        for (MeterEntry entry : listOf(entries)) {
            if (entry == null || blank(entry.type())) {
                problems.add("a meter without a type");
                continue;
            }
            Problems here = problems.in("meter " + entry.type());
            if (!types.add(entry.type())) {
                here.add("appears twice");
            }
            Supply supply = constant(Supply.class, entry.supply(), "supply", here);
            if (entry.phases() != null && entry.phases() != 1 && entry.phases() != 3) {
                here.add("phases must be 1 or 3");
            }
            long price = here.nonNegative(entry.price(), "price");
            long fitting = here.nonNegative(entry.fitting(), "fitting");
            meters.add(new MeterRule(entry.type(), entry.description(), supply, entry.phases(), entry.upToKw(),
                    price, fitting, transformers(entry.transformers(), here)));
        }
        if (ltSupplyUpToKw != null) {
            for (int phases : new int[]{1, 3}) {
                boolean covered = meters.stream().anyMatch(meter -> meter.supply() == Supply.LT
                        && (meter.phases() == null || meter.phases() == phases)
                        && (meter.upToKw() == null || meter.upToKw().compareTo(ltSupplyUpToKw) >= 0));
                if (!covered) {
                    problems.add("no LT meter for " + phases + " phases up to " + ltSupplyUpToKw.toPlainString() + " kW");
                }
            }
        }
        if (meters.stream().noneMatch(meter -> meter.supply() == Supply.HT && meter.upToKw() == null)) {
            problems.add("no HT meter for every load");
        }
        return meters;
    }

    private static TransformerRule transformers(TransformersEntry entry, Problems problems) {
        if (entry == null) {
            return null;
        }
        Problems here = problems.in("transformers");
        if (entry.count() == null || entry.count() < 1) {
            here.add("count must be at least 1");
        }
        var ratios = new ArrayList<TransformerRatio>();
        var names = new HashSet<String>();
        for (RatioEntry ratio : listOf(entry.ratios())) {
            if (ratio == null || blank(ratio.ratio())) {
                here.add("a ratio without a name");
                continue;
            }
            if (!names.add(ratio.ratio())) {
                here.add("ratio " + ratio.ratio() + " appears twice");
            }
            ratios.add(new TransformerRatio(ratio.ratio(), ratio.upToLoad(),
                    here.nonNegative(ratio.rupees(), "ratio " + ratio.ratio() + " rupees")));
        }
        if (ratios.stream().noneMatch(ratio -> ratio.upToLoad() == null)) {
            here.add("no ratio for every load: give one without upToLoad");
        }
        if (entry.fittingPercent() != null && entry.fittingPercent().signum() < 0) {
            here.add("fittingPercent must not be negative");
        }
        long minimum = entry.fittingMinimum() == null ? 0 : here.nonNegative(entry.fittingMinimum(), "fittingMinimum");
        return new TransformerRule(entry.description(), entry.count() == null ? 0 : entry.count(), ratios,
                entry.fittingPercent(), minimum);
    }

    private static TemporaryRule temporary(TemporaryEntry entry, Problems problems) {
        if (entry == null) {
            problems.add("temporary is missing");
            return null;
        }
        if (entry.multiplier() == null || entry.multiplier() < 1) {
            problems.add("temporary multiplier must be at least 1");
        }
        Set<String> waived = Set.copyOf(listOf(entry.waived()));
        return new TemporaryRule(entry.multiplier() == null ? 1 : entry.multiplier(), waived);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String field, Problems problems) {
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException e) {
            problems.add(field + " '" + name + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
