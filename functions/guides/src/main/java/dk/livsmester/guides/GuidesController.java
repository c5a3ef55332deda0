package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
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
import io.micronaut.http.annotation.QueryValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** HTTP adapter for the guide registry and guide requests. */
@Controller("/api")
public class GuidesController {
    private final GuideService service;
    private final GuideRepository repository;

    public GuidesController(GuideService service, GuideRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Post("/guides")
    public HttpResponse<Guide> register(Caller caller, @Body @Nullable GuideForm form) {
        if (form == null) {
            throw ValidationException.single("body", "Profilen er tom.", "The request body (the guide profile) is required.");
        }
        return HttpResponse.created(service.register(caller, form));
    }

    @Get("/guides")
    public List<Guide> guides(Caller caller) {
        return service.guides(caller);
    }

    @Get("/guides/{id}")
    public Guide guide(Caller caller, @PathVariable String id) {
        return service.guide(caller, id);
    }

    @Post("/guide-requests")
    public HttpResponse<Map<String, Object>> request(Caller caller, @Body @Nullable GuideRequestForm form) {
        if (form == null) {
            throw ValidationException.single("body", "Anmodningen er tom.", "The request body (the guide request) is required.");
        }
        GuideRequest q = service.request(caller, form);
        return HttpResponse.created(Map.of("id", q.id(), "status", q.status().name()));
    }

    @Get("/guide-requests/{id}")
    public GuideRequest getRequest(Caller caller, @PathVariable String id) {
        return service.getRequest(caller, id);
    }

    @Get("/guide-requests")
    public PageView<GuideRequest> requests(Caller caller, @QueryValue @Nullable String status,
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
        return new PageView<>(page.items(), page.nextCursor());
    }
}
