package dk.livsmester.decisions;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import dk.livsmester.platform.views.ApplicationView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/** HTTP adapter: the team's decision. 200 once made (or when the same decision was already made), 409 otherwise. */
@Controller("/api/applications")
public class DecisionsController {
    private final DecisionService service;

    public DecisionsController(DecisionService service) {
        this.service = service;
    }

    @Post("/{id}/decision")
    public HttpResponse<ApplicationView> decide(Caller caller, @PathVariable String id, @Body @Nullable DecisionRequest request) {
        if (request == null) {
            throw ValidationException.single("body", "Afgørelsen er tom.", "The request body (the decision) is required.");
        }
        Application result = service.decide(caller, id, request);
        // 202: the first of two approvals of a large grant is recorded; nothing is committed until the second.
        boolean awaitingSecond = result.pendingDecision() != null && !result.status().isDecided();
        return HttpResponse.status(awaitingSecond ? HttpStatus.ACCEPTED : HttpStatus.OK).body(ApplicationView.of(result));
    }
}
