package com.discomcare.connection.charges;

import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the connection charges, in force from {@code effectiveFrom} until the next version: the charges of
 * each category, development charges, lines, meters and the rule for temporary connections. Read by
 * {@link ChargeScheduleFile}; docs/domain.md, "Charges for a new connection", explains each rule.
 *
 * @param ltSupplyUpToKw     the largest load supplied at low tension; above it, and for HT, the meter is an HT one
 * @param developmentPerSqYd the development charge per square yard by the premises' size: the whole premises at
 *                           the rate of the band its size falls in
 */
public record ChargesVersion(String version, LocalDate effectiveFrom, String source, BigDecimal ltSupplyUpToKw,
                             List<RateBand> developmentPerSqYd, Map<ConnectionCategory, CategoryCharges> categories,
                             List<MeterRule> meters, TemporaryRule temporary) {

    public enum Supply {
        LT, HT
    }

    /** A rate that applies up to {@code upTo} (inclusive); the last band has no bound. */
    public record RateBand(BigDecimal upTo, long rupees) {
    }

    /** One of the charges of a category: a fixed amount, a rate per kW/kVA, or a rate per kW/kVA by phases. */
    public record ChargeRule(String code, String description, Long fixed, Long perUnit, Map<Integer, Long> perUnitByPhases,
                             boolean perUnitOrPart, Payable payable, Share shareWithApplication) {
    }

    /** A part of an amount paid with the application, e.g. 1/3; the rest is paid with the demand note. */
    public record Share(int numerator, int denominator) {

        long of(long amount) {
            return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                    .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }

    /** Development charges in unauthorised areas: a fixed amount plus the premises' size at the per-sq-yd rate. */
    public record DevelopmentRule(long fixed, boolean lowTensionOnly) {
    }

    /**
     * What a line costs the applicant; one of: the engineer's estimate of a service line beyond a free length (DS),
     * a rate per metre beyond a free length by load (NDS, LT industrial, bulk), a rate per span (agriculture).
     */
    public record LineRule(Integer estimateBeyondMetres, Integer beyondMetres, List<RateBand> perMetre, Long perSpan) {
    }

    public record CategoryCharges(ConnectionCategory category, List<ChargeRule> charges, DevelopmentRule development,
                                  LineRule line) {
    }

    /** A meter for a supply, phases and loads up to {@code upToKw} (null: any), with its current transformers. */
    public record MeterRule(String type, String description, Supply supply, Integer phases, BigDecimal upToKw,
                            long price, long fitting, TransformerRule transformers) {
    }

    /** A meter's current transformers (or CT/PT set): how many, priced by ratio, and their fitting. */
    public record TransformerRule(String description, int count, List<TransformerRatio> ratios,
                                  BigDecimal fittingPercent, long fittingMinimum) {
    }

    /** A ratio that carries loads up to {@code upToLoad} (null: any), at {@code rupees} a piece. */
    public record TransformerRatio(String ratio, BigDecimal upToLoad, long rupees) {
    }

    /** A temporary connection pays {@code multiplier} times its category's charges, except those waived. */
    public record TemporaryRule(int multiplier, Set<String> waived) {
    }

    public ChargesVersion {
        developmentPerSqYd = List.copyOf(developmentPerSqYd);
        categories = new EnumMap<>(categories);
        meters = List.copyOf(meters);
    }

    /** The itemised charges of {@code request}; every problem with the request at once. */
    public Quote quote(QuoteRequest request) {
        var problems = new ArrayList<QuoteProblem>();
        if (request.category() == null) {
            problems.add(new QuoteProblem("category", "is required: one of " + List.of(ConnectionCategory.values())));
        }
        if (request.load() == null || request.load().signum() <= 0) {
            problems.add(new QuoteProblem("load", "must be more than 0"));
        }
        if (request.phases() != 1 && request.phases() != 3) {
            problems.add(new QuoteProblem("phases", "must be 1 or 3"));
        }
        if (request.premisesSqYd() < 0) {
            problems.add(new QuoteProblem("premisesSqYd", "must not be negative"));
        }
        if (request.lineLengthMetres() < 0) {
            problems.add(new QuoteProblem("lineLengthMetres", "must not be negative"));
        }
        if (request.spans() < 0) {
            problems.add(new QuoteProblem("spans", "must not be negative"));
        }
        if (request.lineEstimateRupees() != null && request.lineEstimateRupees() < 0) {
            problems.add(new QuoteProblem("lineEstimateRupees", "must not be negative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuoteException(problems);
        }
        CategoryCharges charges = categories.get(request.category());
        LoadUnit unit = request.category() == ConnectionCategory.HT ? LoadUnit.KVA : LoadUnit.KW;
        Supply supply = request.category() == ConnectionCategory.HT || request.load().compareTo(ltSupplyUpToKw) > 0
                ? Supply.HT : Supply.LT;
        var lines = new ArrayList<QuoteLine>();
        for (ChargeRule rule : charges.charges()) {
            categoryCharge(rule, request, unit, problems).ifPresent(lines::addAll);
        }
        if (!request.authorisedArea() && !request.temporary()) {
            development(charges.development(), supply, request, problems).ifPresent(lines::add);
        }
        line(charges.line(), request, problems).ifPresent(lines::add);
        MeterRule meter = meters.stream()
                .filter(rule -> rule.supply() == supply
                        && (supply == Supply.HT || rule.phases() == null || rule.phases() == request.phases())
                        && (rule.upToKw() == null || request.load().compareTo(rule.upToKw()) <= 0))
                .findFirst().orElse(null);
        if (meter == null) {
            problems.add(new QuoteProblem("phases", "no meter for " + request.phases() + " phases and "
                    + plain(request.load()) + " kW in charges version " + version));
        } else {
            lines.addAll(meterLines(meter, request, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuoteException(problems);
        }
        return new Quote(version, effectiveFrom, request.category(), request.temporary(), unit,
                meter.type(), lines);
    }

    private Optional<List<QuoteLine>> categoryCharge(ChargeRule rule, QuoteRequest request, LoadUnit unit,
                                                     List<QuoteProblem> problems) {
        int multiplier = 1;
        if (request.temporary()) {
            if (temporary.waived().contains(rule.code())) {
                return Optional.empty();
            }
            multiplier = temporary.multiplier();
        }
        String description;
        long amount;
        if (rule.fixed() != null) {
            description = rule.description();
            amount = rule.fixed();
        } else {
            Long rate = rule.perUnit() != null ? rule.perUnit() : rule.perUnitByPhases().get(request.phases());
            if (rate == null) {
                problems.add(new QuoteProblem("phases", rule.description() + " of " + request.category()
                        + " has no rate for " + request.phases() + " phases"));
                return Optional.empty();
            }
            BigDecimal billed = rule.perUnitOrPart() ? request.load().setScale(0, RoundingMode.CEILING) : request.load();
            description = rule.description() + ", " + plain(billed) + " " + unitName(unit) + " x Rs " + rate;
            amount = rupees(billed.multiply(BigDecimal.valueOf(rate)));
        }
        if (multiplier != 1) {
            description += ", x " + multiplier + " for a temporary connection";
            amount *= multiplier;
        }
        if (amount == 0) {
            return Optional.empty();
        }
        if (rule.shareWithApplication() == null) {
            return Optional.of(List.of(new QuoteLine(rule.code(), description, amount, rule.payable())));
        }
        long first = rule.shareWithApplication().of(amount);
        return Optional.of(List.of(
                new QuoteLine(rule.code(), description + ": " + rule.shareWithApplication() + " with the application",
                        first, Payable.WITH_APPLICATION),
                new QuoteLine(rule.code(), description + ": the rest with the demand note", amount - first,
                        rule.payable())));
    }

    private Optional<QuoteLine> development(DevelopmentRule rule, Supply supply, QuoteRequest request,
                                            List<QuoteProblem> problems) {
        if (rule == null || (rule.lowTensionOnly() && supply == Supply.HT)) {
            return Optional.empty();
        }
        if (request.premisesSqYd() <= 0) {
            problems.add(new QuoteProblem("premisesSqYd", "is required in an unauthorised area: development charges "
                    + "are by the premises' size"));
            return Optional.empty();
        }
        long rate = band(developmentPerSqYd, BigDecimal.valueOf(request.premisesSqYd()));
        long amount = rule.fixed() + rate * request.premisesSqYd();
        String description = "Development charges in an unauthorised area, "
                + (rule.fixed() > 0 ? "Rs " + rule.fixed() + " + " : "")
                + request.premisesSqYd() + " sq yd x Rs " + rate;
        return Optional.of(new QuoteLine("DEVELOPMENT", description, amount, Payable.WITH_DEMAND_NOTE));
    }

    private Optional<QuoteLine> line(LineRule rule, QuoteRequest request, List<QuoteProblem> problems) {
        boolean estimated = rule != null && rule.estimateBeyondMetres() != null
                && request.lineLengthMetres() > rule.estimateBeyondMetres();
        if (request.lineEstimateRupees() != null && !estimated) {
            problems.add(new QuoteProblem("lineEstimateRupees", "only a service line longer than its free length is "
                    + "charged at an estimate, and only for a category that says so"));
        }
        if (request.spans() > 0 && (rule == null || rule.perSpan() == null)) {
            problems.add(new QuoteProblem("spans", request.category() + " is not charged by spans"));
        }
        if (rule == null) {
            return Optional.empty();
        }
        if (rule.estimateBeyondMetres() != null) {
            if (!estimated) {
                return Optional.empty();
            }
            if (request.lineEstimateRupees() == null) {
                problems.add(new QuoteProblem("lineEstimateRupees", "is required: a service line longer than "
                        + rule.estimateBeyondMetres() + " m is charged at the estimate of the extra length"));
                return Optional.empty();
            }
            return Optional.of(new QuoteLine("SERVICE_LINE", "Service line beyond " + rule.estimateBeyondMetres()
                    + " m, estimate for " + (request.lineLengthMetres() - rule.estimateBeyondMetres()) + " m",
                    request.lineEstimateRupees(), Payable.WITH_DEMAND_NOTE));
        }
        if (rule.beyondMetres() != null) {
            int charged = request.lineLengthMetres() - rule.beyondMetres();
            if (charged <= 0) {
                return Optional.empty();
            }
            long rate = band(rule.perMetre(), request.load());
            return Optional.of(new QuoteLine("LINE", "New line beyond " + rule.beyondMetres() + " m, " + charged
                    + " m x Rs " + rate, charged * rate, Payable.WITH_DEMAND_NOTE));
        }
        if (request.spans() == 0) {
            return Optional.empty();
        }
        return Optional.of(new QuoteLine("LINE", "Line, " + request.spans() + " spans x Rs " + rule.perSpan(),
                request.spans() * rule.perSpan(), Payable.WITH_DEMAND_NOTE));
    }

    private List<QuoteLine> meterLines(MeterRule meter, QuoteRequest request, List<QuoteProblem> problems) {
        var lines = new ArrayList<QuoteLine>();
        lines.add(new QuoteLine("METER", meter.description(), meter.price(), Payable.WITH_DEMAND_NOTE));
        if (meter.fitting() > 0) {
            lines.add(new QuoteLine("METER_FITTING", meter.description() + ", fitting", meter.fitting(),
                    Payable.WITH_DEMAND_NOTE));
        }
        TransformerRule transformers = meter.transformers();
        if (transformers == null) {
            if (request.transformerRatio() != null) {
                problems.add(new QuoteProblem("transformerRatio", "the " + meter.type() + " meter has no current "
                        + "transformers"));
            }
            return lines;
        }
        Optional<TransformerRatio> ratio = request.transformerRatio() != null
                ? transformers.ratios().stream().filter(r -> r.ratio().equals(request.transformerRatio())).findFirst()
                : transformers.ratios().stream()
                        .filter(r -> r.upToLoad() == null || request.load().compareTo(r.upToLoad()) <= 0).findFirst();
        if (ratio.isEmpty()) {
            problems.add(new QuoteProblem("transformerRatio", "the " + meter.type() + " meter takes one of "
                    + transformers.ratios().stream().map(TransformerRatio::ratio).toList()));
            return lines;
        }
        long price = transformers.count() * ratio.get().rupees();
        lines.add(new QuoteLine("INSTRUMENT_TRANSFORMERS", transformers.description() + " " + ratio.get().ratio()
                + (transformers.count() > 1 ? ", " + transformers.count() + " x Rs " + ratio.get().rupees() : ""),
                price, Payable.WITH_DEMAND_NOTE));
        if (transformers.fittingPercent() != null) {
            long fitting = Math.max(transformers.fittingMinimum(),
                    rupees(BigDecimal.valueOf(price).multiply(transformers.fittingPercent()).movePointLeft(2)));
            lines.add(new QuoteLine("INSTRUMENT_TRANSFORMERS_FITTING", transformers.description() + ", fitting: "
                    + plain(transformers.fittingPercent()) + " % of the price, at least Rs "
                    + transformers.fittingMinimum(), fitting, Payable.WITH_DEMAND_NOTE));
        }
        return lines;
    }

    private static long band(List<RateBand> bands, BigDecimal value) {
        return bands.stream().filter(b -> b.upTo() == null || value.compareTo(b.upTo()) <= 0)
                .findFirst().orElseThrow().rupees();
    }

    private static long rupees(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String unitName(LoadUnit unit) {
        return unit == LoadUnit.KVA ? "kVA" : "kW";
    }
}
