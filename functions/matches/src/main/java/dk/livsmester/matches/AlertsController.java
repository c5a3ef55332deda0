package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/** HTTP adapter: the coordinator's alerts about matches (inactive, debrief due), oldest first. */
@Controller("/api/alerts")
public class AlertsController {
    private final AlertService service;

    public AlertsController(AlertService service) {
        this.service = service;
    }

    @Get
    public PageView<Alert> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable Integer limit,
                                @QueryValue @Nullable String cursor) {
        return PageView.of(service.list(caller, RequestParts.status(status, AlertStatus.class, AlertStatus.OPEN),
                RequestParts.pageSize(limit), cursor));
    }

    @Post("/{id}/acknowledge")
    public Alert acknowledge(Caller caller, @PathVariable String id) {
        return service.acknowledge(caller, id);
    }
}
