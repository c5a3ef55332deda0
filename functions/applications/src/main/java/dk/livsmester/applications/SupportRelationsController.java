package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.platform.http.RequestParts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

/** HTTP adapter for support relations (which contact person supports which citizen). */
@Controller("/api/support-relations")
public class SupportRelationsController {
    private final SupportService service;

    public SupportRelationsController(SupportService service) {
        this.service = service;
    }

    @Post
    public HttpResponse<SupportRelation> register(Caller caller, @Body @Nullable SupportRelationForm form) {
        return HttpResponse.created(service.register(caller, RequestParts.body(form, "the support relation")));
    }

    @Get
    public List<SupportRelation> list(Caller caller, @QueryValue @Nullable String contact,
                                      @QueryValue @Nullable String citizen) {
        return service.list(caller, contact, citizen);
    }

    @Post("/{id}/end")
    public SupportRelation end(Caller caller, @PathVariable String id) {
        return service.end(caller, id);
    }
}
