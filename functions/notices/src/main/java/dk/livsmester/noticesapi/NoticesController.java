package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.notice.DeadlineWatch;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;

import java.util.List;

/** HTTP adapter: the signed-in person's mailbox and notice settings, and the 14-day promise's breach list. */
@Controller("/api")
public class NoticesController {
    private final MailboxService service;

    public NoticesController(MailboxService service) {
        this.service = service;
    }

    @Get("/notices")
    public List<Notice> mailbox(Caller caller) {
        return service.mailbox(caller);
    }

    @Get("/notices/preferences")
    public NoticePreference preference(Caller caller) {
        return service.preference(caller);
    }

    @Put("/notices/preferences")
    public NoticePreference savePreference(Caller caller, @Body @Nullable NoticePreference.Form form) {
        return service.savePreference(caller, form == null ? new NoticePreference.Form(null, null, null, null, null) : form);
    }

    @Get("/deadlines/breaches")
    public List<DeadlineWatch.Breach> breaches(Caller caller) {
        return service.breaches(caller);
    }
}
