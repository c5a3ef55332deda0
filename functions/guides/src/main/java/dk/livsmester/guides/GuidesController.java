package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.AskAgain;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideFigures;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatusChange;
import dk.livsmester.domain.guides.InfoAnswer;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;
import java.util.Map;

/** HTTP adapter for the guide registry, guide requests and the coordinator's figures. */
@Controller("/api")
public class GuidesController {
    private final GuideService service;

    public GuidesController(GuideService service) {
        this.service = service;
    }

    /** The coordinator's question to the staff member who made the request. */
    public record Question(String question) {
    }

    @Post("/guides")
    public HttpResponse<Guide> register(Caller caller, @Body @Nullable GuideForm form) {
        return HttpResponse.created(service.register(caller, RequestParts.body(form, "the guide profile")));
    }

    @Get("/guides")
    public List<Guide> guides(Caller caller) {
        return service.guides(caller);
    }

    @Get("/guides/{id}")
    public Guide guide(Caller caller, @PathVariable String id) {
        return service.guide(caller, id);
    }

    @Put("/guides/{id}")
    public Guide update(Caller caller, @PathVariable String id, @Body @Nullable GuideForm form) {
        return service.updateProfile(caller, id, RequestParts.body(form, "the guide profile"));
    }

    @Post("/guides/{id}/status")
    public Guide status(Caller caller, @PathVariable String id, @Body @Nullable GuideStatusChange change) {
        return service.changeStatus(caller, id, change);
    }

    @Post("/guide-requests")
    public HttpResponse<Map<String, Object>> request(Caller caller, @Body @Nullable GuideRequestForm form) {
        GuideRequest q = service.request(caller, RequestParts.body(form, "the guide request"));
        return HttpResponse.created(Map.of("id", q.id(), "status", q.status().name()));
    }

    /** The citizen it is for sees it as {@link OwnGuideRequest}; staff and the person who asked, whole. */
    @Get("/guide-requests/{id}")
    public Object getRequest(Caller caller, @PathVariable String id) {
        return caller.is(Role.CITIZEN) ? service.own(caller, id)
                : service.getRequest(caller, id);
    }

    /**
     * The coordinator's queue: one status (default OPEN), oldest first, each with how long the citizen has waited;
     * with {@code mine=true}, the caller's own requests (a citizen's, or those asked for a citizen one supports).
     */
    @Get("/guide-requests")
    public Object requests(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable Boolean mine,
                           @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        if (Boolean.TRUE.equals(mine)) {
            return new PageView<>(service.mine(caller), null);
        }
        return PageView.of(service.queue(caller, RequestParts.status(status, GuideRequestStatus.class,
                GuideRequestStatus.OPEN), RequestParts.pageSize(limit), cursor));
    }

    @Post("/guide-requests/{id}/question")
    public GuideRequest question(Caller caller, @PathVariable String id, @Body @Nullable Question question) {
        return service.askForInfo(caller, id, question == null ? null : question.question());
    }

    @Post("/guide-requests/{id}/answer")
    public Object answer(Caller caller, @PathVariable String id, @Body @Nullable InfoAnswer answer) {
        GuideRequest after = service.answer(caller, id, RequestParts.body(answer, "the answer"));
        // The citizen gets what GET gives them: not the guides who declined or the scores.
        return caller.is(Role.CITIZEN) ? service.own(caller, after.id()) : after;
    }

    @Post("/guide-requests/{id}/withdraw")
    public OwnGuideRequest withdraw(Caller caller, @PathVariable String id) {
        return service.withdraw(caller, id);
    }

    @Post("/guide-requests/{id}/ask-again")
    public HttpResponse<Map<String, Object>> askAgain(Caller caller, @PathVariable String id, @Body @Nullable AskAgain form) {
        GuideRequest q = service.askAgain(caller, id, form == null ? new AskAgain(null, null, null, null, null, null) : form);
        return HttpResponse.created(Map.of("id", q.id(), "status", q.status().name(), "previousRequestId", id));
    }

    @Get("/guide-figures")
    public GuideFigures figures(Caller caller) {
        return service.figures(caller);
    }
}
