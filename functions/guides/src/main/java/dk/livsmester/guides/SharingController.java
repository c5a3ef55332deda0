package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.guides.SharingConsent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;

/** HTTP adapter: the citizen's choice of what their guide may see. */
@Controller("/api/guide-requests")
public class SharingController {
    private final SharingService service;

    public SharingController(SharingService service) {
        this.service = service;
    }

    @Put("/{id}/sharing")
    public SharingConsent change(Caller caller, @PathVariable String id, @Body @Nullable SharingConsent.Choice choice) {
        return service.change(caller, id, choice);
    }
}
