package com.discomcare.connection.rest;

import com.discomcare.connection.charges.ChargeSchedule;
import com.discomcare.connection.charges.InvalidQuoteException;
import com.discomcare.connection.charges.Quote;
import com.discomcare.connection.charges.QuoteLine;
import com.discomcare.connection.charges.QuoteRequest;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.kit.rest.InvalidInputException;
import com.discomcare.kit.rest.PlainText;
import com.discomcare.kit.rest.Problem;
import com.discomcare.kit.rest.QueryParameters;
import com.discomcare.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The charges are public tariff data; the API is for signed-in callers only, every role may read them. */
@Path("/api/v1/charges")
@RolesAllowed({Roles.AGENT, Roles.CRO, Roles.ENGINEER, Roles.CSM, Roles.DM, Roles.CIRCLE_HEAD, Roles.ADMIN,
        Roles.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charges", description = "Itemised quotes from the versioned connection charges")
public class ChargesResource {

    /** A quote with its sums: what is paid with the application and what with the demand note. */
    public record QuoteAnswer(String version, LocalDate effectiveFrom, ConnectionCategory category, boolean temporary,
                              LoadUnit loadUnit, String meterType, List<QuoteLine> lines, long total,
                              long payableWithApplication, long payableWithDemandNote) {
        static QuoteAnswer of(Quote quote) {
            return new QuoteAnswer(quote.version(), quote.effectiveFrom(), quote.category(), quote.temporary(),
                    quote.loadUnit(), quote.meterType(), quote.lines(), quote.total(), quote.payableWithApplication(),
                    quote.payableWithDemandNote());
        }
    }

    private final ChargeSchedule schedule;

    @Inject
    public ChargesResource(ChargeSchedule schedule) {
        this.schedule = schedule;
    }

    @GET
    @Operation(summary = "An itemised quote by the charges in force on a date",
            description = "docs/domain.md's worked example: category=DS&load=5&phases=1 is 5 + 2,500 + 650 + 50 = Rs 3,205")
    public QuoteAnswer quote(
            @Parameter(example = "DS") @QueryParam("category") @PlainText String category,
            @Parameter(description = "kW, or kVA for HT; \"per kW or part\" rounds up", example = "5")
            @QueryParam("load") @PlainText String load,
            @Parameter(description = "1 or 3", example = "1") @QueryParam("phases") @PlainText String phases,
            @Parameter(description = "true: four times the category's charges") @QueryParam("temporary") @PlainText String temporary,
            @Parameter(description = "false in an unauthorised area (development charges)") @QueryParam("authorisedArea") @PlainText String authorisedArea,
            @QueryParam("premisesSqYd") @PlainText String premisesSqYd,
            @QueryParam("lineLengthMetres") @PlainText String lineLengthMetres,
            @Parameter(description = "The engineer's estimate of a DS service line beyond 30 m, rupees")
            @QueryParam("lineEstimateRupees") @PlainText String lineEstimateRupees,
            @Parameter(description = "Spans of line of an agricultural connection") @QueryParam("spans") @PlainText String spans,
            @Parameter(description = "CT ratio of the meter, e.g. 100/5A") @QueryParam("transformerRatio") @PlainText String transformerRatio,
            @Parameter(description = "ISO date the version in force is taken from; today (IST) when omitted", example = "2026-11-23")
            @QueryParam("date") @PlainText String date) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConnectionCategory cat = QueryValues.enumValue("category", category, ConnectionCategory.class, true, errors);
        BigDecimal loadValue = QueryValues.load("load", load, true, errors);
        int phaseCount = phases == null ? 1 : QueryValues.phases("phases", phases, errors);
        boolean isTemporary = QueryValues.bool("temporary", temporary, false, errors);
        boolean authorised = QueryValues.bool("authorisedArea", authorisedArea, true, errors);
        int sqYd = QueryParameters.wholeNumber("premisesSqYd", premisesSqYd == null ? "0" : premisesSqYd, 0, 10_000_000, errors);
        int metres = QueryParameters.wholeNumber("lineLengthMetres", lineLengthMetres == null ? "0" : lineLengthMetres,
                0, 1_000_000, errors);
        Long estimate = lineEstimateRupees == null ? null : (long) QueryParameters.wholeNumber("lineEstimateRupees",
                lineEstimateRupees, 0, 1_000_000_000, errors);
        int spanCount = QueryParameters.wholeNumber("spans", spans == null ? "0" : spans, 0, 10_000, errors);
        LocalDate on = LocalDate.now(ChargeSchedule.TARIFF_ZONE);
        if (date != null) {
            try {
                on = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("date", "must be an ISO date such as 2026-11-23"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            return QuoteAnswer.of(schedule.versionOn(on).quote(new QuoteRequest(cat, isTemporary, loadValue, phaseCount,
                    authorised, sqYd, metres, estimate, spanCount, transformerRatio)));
        } catch (InvalidQuoteException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(problem -> new Problem.FieldError(problem.field(), problem.message())).toList());
        } catch (IllegalArgumentException noVersionYet) {
            throw new InvalidInputException("date", noVersionYet.getMessage());
        }
    }
}
