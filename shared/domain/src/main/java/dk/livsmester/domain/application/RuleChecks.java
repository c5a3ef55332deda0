package dk.livsmester.domain.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The review's rule checks: eligibility (AGE, SERVICE, WINDOW, POOL) and the pilot's four rejection reasons (R1–R4).
 * Rules only flag; the team decides. R2 is a judgement and is never blocking.
 */
public final class RuleChecks {
    public static final String AGE = "AGE";
    public static final String SERVICE = "SERVICE";
    public static final String WINDOW = "WINDOW";
    public static final String POOL = "POOL";
    public static final String R1 = "R1";
    public static final String R2 = "R2";
    public static final String R3 = "R3";
    public static final String R4 = "R4";
    public static final List<String> REJECTION_REASONS = List.of(R1, R2, R3, R4);

    /** Words that make an application a driving licence or a vehicle (R4); an e-bike is neither. */
    private static final Pattern LICENCE_OR_VEHICLE = Pattern.compile(
            "kørekort|driving licen[cs]e|køretøj|vehicle|knallert|moped|\\bbil\\b|\\bbilen\\b|\\bcar\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A sub-goal shorter than this cannot be concrete. */
    static final int MIN_SUBGOAL_CHARS = 15;
    /** An explanation of how it helps shorter than this gives the team nothing to judge. */
    static final int MIN_HOW_IT_HELPS_CHARS = 30;

    /** What the rules need to know besides the application. */
    public record Context(LocalDate today, LocalDate windowFrom, LocalDate windowTo, long poolAvailableOre) {
    }

    private final RuleCatalog catalog;
    private final RuleSettings settings;

    public RuleChecks(RuleCatalog catalog, RuleSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    public List<Finding> check(Application app, Context ctx) {
        List<Finding> out = new ArrayList<>();
        age(app, ctx, out);
        service(app, out);
        window(ctx, out);
        if (app.requestedOre() > ctx.poolAvailableOre()) {
            out.add(catalog.finding(POOL, Map.of()));
        }
        subGoal(app, out);
        howItHelps(app, out);
        if (Boolean.TRUE.equals(app.alreadyFinanced())) {
            out.add(catalog.finding(R3, Map.of()));
        }
        licenceWithoutCar(app, out);
        return out;
    }

    private void age(Application app, Context ctx, List<Finding> out) {
        boolean outside = app.applicants().stream()
                .filter(a -> a.birthDate() != null)
                .map(a -> Period.between(a.birthDate(), ctx.today()).getYears())
                .anyMatch(years -> years < settings.minAge() || years > settings.maxAge());
        if (outside) {
            out.add(catalog.finding(AGE, Map.of("min", "" + settings.minAge(), "max", "" + settings.maxAge())));
        }
    }

    private void service(Application app, List<Finding> out) {
        if (app.applicants().stream().anyMatch(a -> Boolean.FALSE.equals(a.receivesAdultDisabilitySupport()))) {
            out.add(catalog.finding(SERVICE, Map.of()));
        } else if (app.applicants().stream().anyMatch(a -> a.receivesAdultDisabilitySupport() == null)) {
            out.add(catalog.advisory("SERVICE.unknown", SERVICE));
        }
    }

    private void window(Context ctx, List<Finding> out) {
        if (ctx.windowFrom() != null && ctx.today().isBefore(ctx.windowFrom())
                || ctx.windowTo() != null && ctx.today().isAfter(ctx.windowTo())) {
            out.add(catalog.finding(WINDOW, Map.of("from", String.valueOf(ctx.windowFrom()), "to", String.valueOf(ctx.windowTo()))));
        }
    }

    private void subGoal(Application app, List<Finding> out) {
        SubGoal g = app.subGoal();
        String text = g == null || g.text() == null ? "" : g.text().strip();
        String headline = app.wish() == null || app.wish().headline() == null ? "" : app.wish().headline().strip();
        if (text.length() < MIN_SUBGOAL_CHARS || text.equalsIgnoreCase(headline)) {
            out.add(catalog.finding(R1, Map.of()));
        }
    }

    private void howItHelps(Application app, List<Finding> out) {
        String how = app.wish() == null || app.wish().howItHelps() == null ? "" : app.wish().howItHelps().strip();
        if (how.length() < MIN_HOW_IT_HELPS_CHARS) {
            out.add(catalog.finding(R2, Map.of()));
        }
    }

    private void licenceWithoutCar(Application app, List<Finding> out) {
        if (!isLicenceOrVehicle(app)) {
            return;
        }
        if (Boolean.FALSE.equals(app.carAccess())) {
            out.add(catalog.finding(R4, Map.of()));
        } else if (app.carAccess() == null) {
            out.add(catalog.advisory("R4.unknown", R4));
        }
    }

    public static boolean isLicenceOrVehicle(Application app) {
        StringBuilder sb = new StringBuilder();
        if (app.appliedFor() != null) {
            sb.append(app.appliedFor()).append(' ');
        }
        if (app.wish() != null && app.wish().headline() != null) {
            sb.append(app.wish().headline()).append(' ');
        }
        if (app.costLines() != null) {
            app.costLines().forEach(l -> sb.append(l.item()).append(' '));
        }
        return LICENCE_OR_VEHICLE.matcher(sb.toString().toLowerCase(Locale.ROOT)).find();
    }
}
