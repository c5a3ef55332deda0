package dk.livsmester.decisions;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.views.ApplicationView;
import dk.livsmester.platform.views.ApplicationViews;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/** HTTP adapter: the team's decision. 200 once made (or when the same decision was already made), 409 otherwise. */
@Controller("/api/applications")
public class DecisionsController {
    private final DecisionService service;
    private final ApplicationViews views;

    public DecisionsController(DecisionService service, ApplicationViews views) {
        this.service = service;
        this.views = views;
    }

    @Post("/{id}/decision")
    public HttpResponse<ApplicationView> decide(Caller caller, @PathVariable String id, @Body @Nullable DecisionRequest request) {
        Application result = service.decide(caller, id, RequestParts.body(request, "the decision"));
        // 202: the first of two approvals of a large grant is recorded; nothing is committed until the second.
        boolean awaitingSecond = result.pendingDecision() != null && !result.status().isDecided();
        return HttpResponse.status(awaitingSecond ? HttpStatus.ACCEPTED : HttpStatus.OK).body(views.of(result));
    }
}
