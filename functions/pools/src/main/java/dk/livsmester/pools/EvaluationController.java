package dk.livsmester.pools;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.evaluation.DecisionsReport;
import dk.livsmester.domain.evaluation.Evaluation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/**
 * HTTP adapter for the evaluation (signed in: team, coordinator, finance) and the public decisions report (no
 * sign-in: {@code /api/public/...} is open at the gateway and in the auth filter). Filters: {@code from}, {@code to}
 * (yyyy-MM-dd), {@code poolId}, and for the evaluation {@code citizenCentre}.
 */
@Controller("/api")
public class EvaluationController {
    private final EvaluationService service;

    public EvaluationController(EvaluationService service) {
        this.service = service;
    }

    @Get("/evaluation")
    public Evaluation evaluation(Caller caller, @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                 @QueryValue @Nullable String poolId, @QueryValue @Nullable String citizenCentre) {
        return service.evaluation(caller, EvaluationService.filter(from, to, poolId, citizenCentre));
    }

    @Get(value = "/evaluation.csv", produces = "text/csv")
    public HttpResponse<String> evaluationCsv(Caller caller, @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                              @QueryValue @Nullable String poolId, @QueryValue @Nullable String citizenCentre) {
        return PoolsController.csv("evaluation.csv", EvaluationCsv.evaluation(service.evaluation(caller,
                EvaluationService.filter(from, to, poolId, citizenCentre))));
    }

    @Get("/public/decisions-report")
    public DecisionsReport decisionsReport(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                           @QueryValue @Nullable String poolId) {
        return service.decisionsReport(EvaluationService.filter(from, to, poolId, null));
    }

    @Get(value = "/public/decisions-report.csv", produces = "text/csv")
    public HttpResponse<String> decisionsReportCsv(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                                   @QueryValue @Nullable String poolId) {
        return PoolsController.csv("decisions-report.csv", EvaluationCsv.decisionsReport(service.decisionsReport(
                EvaluationService.filter(from, to, poolId, null))));
    }
}
