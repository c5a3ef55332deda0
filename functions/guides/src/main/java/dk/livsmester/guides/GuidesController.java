package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.AskAgain;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideFigures;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatusChange;
import dk.livsmester.domain.guides.InfoAnswer;
import dk.livsmester.platform.store.GuideRepository;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.views.Limits;
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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** HTTP adapter for the guide registry, guide requests and the coordinator's figures. */
@Controller("/api")
public class GuidesController {
    private final GuideService service;
    private final GuideRepository repository;

    public GuidesController(GuideService service, GuideRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    /** The coordinator's question to the staff member who made the request. */
    public record Question(String question) {
    }

    @Post("/guides")
    public HttpResponse<Guide> register(Caller caller, @Body @Nullable GuideForm form) {
        return HttpResponse.created(service.register(caller, required(form, "Profilen er tom.", "the guide profile")));
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
        return service.updateProfile(caller, id, required(form, "Profilen er tom.", "the guide profile"));
    }

    @Post("/guides/{id}/status")
    public Guide status(Caller caller, @PathVariable String id, @Body @Nullable GuideStatusChange change) {
        return service.changeStatus(caller, id, change);
    }

    @Post("/guide-requests")
    public HttpResponse<Map<String, Object>> request(Caller caller, @Body @Nullable GuideRequestForm form) {
        GuideRequest q = service.request(caller, required(form, "Anmodningen er tom.", "the guide request"));
        return HttpResponse.created(Map.of("id", q.id(), "status", q.status().name()));
    }

    @Get("/guide-requests/{id}")
    public GuideRequest getRequest(Caller caller, @PathVariable String id) {
        return service.getRequest(caller, id);
    }

    /** The coordinator's queue: one status (default OPEN), oldest first, each with how long the citizen has waited. */
    @Get("/guide-requests")
    public PageView<QueuedRequest> requests(Caller caller, @QueryValue @Nullable String status,
                                            @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        caller.require(Role.COORDINATOR);
        GuideRequestStatus s;
        try {
            s = GuideRequestStatus.valueOf(status == null ? "OPEN" : status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.single("status", "Ukendt status.",
                    "Unknown status; use one of " + Arrays.toString(GuideRequestStatus.values()) + ".");
        }
        Page<GuideRequest> page = repository.requestsByStatus(s.name(), Limits.pageSize(limit), cursor);
        Instant now = service.now();
        return new PageView<>(page.items().stream().map(q -> QueuedRequest.of(q, now)).toList(), page.nextCursor());
    }

    @Post("/guide-requests/{id}/question")
    public GuideRequest question(Caller caller, @PathVariable String id, @Body @Nullable Question question) {
        return service.askForInfo(caller, id, question == null ? null : question.question());
    }

    @Post("/guide-requests/{id}/answer")
    public GuideRequest answer(Caller caller, @PathVariable String id, @Body @Nullable InfoAnswer answer) {
        return service.answer(caller, id, required(answer, "Svaret er tomt.", "the answer"));
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

    private static <T> T required(T body, String da, String what) {
        if (body == null) {
            throw ValidationException.single("body", da, "The request body (" + what + ") is required.");
        }
        return body;
    }
}
