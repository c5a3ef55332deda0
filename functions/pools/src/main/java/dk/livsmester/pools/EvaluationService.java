package dk.livsmester.pools;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.evaluation.DecisionsReport;
import dk.livsmester.domain.evaluation.Evaluation;
import dk.livsmester.domain.evaluation.EvaluationFilter;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The evaluation for the management (the team and its leader, the coordinator, finance), and the decisions report
 * anyone may read: both read the stores and leave the figures to the domain ({@link Evaluation},
 * {@link DecisionsReport}). Pilot scale: every application, request and match is read for each call.
 */
@Singleton
public class EvaluationService {
    private static final EnumSet<ApplicationStatus> SUBMITTED_EVER = EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT));

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final GuideStore guides;
    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final AnswerWindow window;
    private final Clock clock;

    public EvaluationService(ApplicationStore applications, PoolStore pools, GuideStore guides, GuideRequestStore requests,
                             MatchStore matches, AnswerWindow window, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.guides = guides;
        this.requests = requests;
        this.matches = matches;
        this.window = window;
        this.clock = clock;
    }

    public Evaluation evaluation(Caller caller, EvaluationFilter filter) {
        caller.require(Role.TEAM, Role.COORDINATOR, Role.FINANCE);
        List<GuideRequest> allRequests = new ArrayList<>();
        for (GuideRequestStatus s : GuideRequestStatus.values()) {
            allRequests.addAll(requests.all(s));
        }
        List<Match> allMatches = new ArrayList<>();
        for (MatchStatus s : MatchStatus.values()) {
            allMatches.addAll(matches.all(s));
        }
        return Evaluation.of(checked(filter), submitted(), guides.all(), allRequests, allMatches, window, clock.instant());
    }

    /** No sign-in: nothing in it can be traced to a person (small cells are suppressed). */
    public DecisionsReport decisionsReport(EvaluationFilter filter) {
        return DecisionsReport.of(checked(filter), submitted(), window);
    }

    private List<Application> submitted() {
        return applications.all(SUBMITTED_EVER);
    }

    /** A named pool must exist (404 otherwise), so a typo is not read as "no applications". */
    private EvaluationFilter checked(EvaluationFilter filter) {
        if (filter.poolId() != null) {
            pools.get(filter.poolId());
        }
        return filter;
    }

    /** The query's filter: dates as yyyy-MM-dd, each refused by name when it is not one. */
    static EvaluationFilter filter(String from, String to, String poolId, String citizenCentre) {
        return new EvaluationFilter(date("from", from), date("to", to), poolId, citizenCentre);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.single(field, "Skriv datoen som år-måned-dag, for eksempel 2026-03-01.",
                    field + " must be a date, yyyy-MM-dd.");
        }
    }
}
