package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.Map;

/** HTTP adapter for a citizen's access to their own data (and the team's fetch of it on their behalf). */
@Controller("/api")
public class CitizenDataController {
    private final CitizenDataService service;

    public CitizenDataController(CitizenDataService service) {
        this.service = service;
    }

    @Get("/me/data")
    public Map<String, Object> own(Caller caller) {
        return service.own(caller);
    }

    @Get("/citizens/{subject}/data")
    public Map<String, Object> onBehalf(Caller caller, @PathVariable String subject) {
        return service.onBehalf(caller, subject);
    }
}
