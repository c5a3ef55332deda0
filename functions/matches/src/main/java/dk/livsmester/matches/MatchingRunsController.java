package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.platform.http.RequestParts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

/** HTTP adapter: the coordinator starts a global matching run (202: it runs on the matching queue) and follows it. */
@Controller("/api/matching-runs")
public class MatchingRunsController {
    private final MatchingRunRequestService service;

    public MatchingRunsController(MatchingRunRequestService service) {
        this.service = service;
    }

    @Post
    public HttpResponse<MatchingRun> start(Caller caller) {
        return HttpResponse.accepted().body(service.start(caller));
    }

    @Get
    public List<MatchingRun> latest(Caller caller, @QueryValue @Nullable Integer limit) {
        return service.latest(caller, RequestParts.pageSize(limit));
    }

    @Get("/{id}")
    public MatchingRun get(Caller caller, @PathVariable String id) {
        return service.get(caller, id);
    }
}
