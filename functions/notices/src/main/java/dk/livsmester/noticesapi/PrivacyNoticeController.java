package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.privacy.PrivacyNotice;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

/** HTTP adapter: the privacy notice's status for the signed-in person, and their acknowledgement of it. */
@Controller("/api/privacy-notice")
public class PrivacyNoticeController {
    private final PrivacyNoticeService service;

    public PrivacyNoticeController(PrivacyNoticeService service) {
        this.service = service;
    }

    @Get
    public PrivacyNotice.Status status(Caller caller) {
        return service.status(caller);
    }

    @Post("/acknowledgements")
    public PrivacyNotice.Status acknowledge(Caller caller, @Body @Nullable PrivacyNotice.Form form) {
        return service.acknowledge(caller, form);
    }
}
