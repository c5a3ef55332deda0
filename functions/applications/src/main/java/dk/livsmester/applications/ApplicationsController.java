package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.FollowUpForm;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.views.ApplicationView;
import dk.livsmester.platform.views.ApplicationViews;
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

/** HTTP adapter for applications: bind, call the service, map the result. */
@Controller("/api/applications")
public class ApplicationsController {
    private final ApplicationService service;
    private final ConsentService consent;
    private final ApplicationViews views;

    public ApplicationsController(ApplicationService service, ConsentService consent, ApplicationViews views) {
        this.service = service;
        this.consent = consent;
        this.views = views;
    }

    /** Why the citizen confirmed in person, not in their own account. */
    public record InPersonForm(String reason) {
    }

    /** The code the contact person gave the citizen; the creator needs none. */
    public record ConfirmationForm(String code) {
    }

    public record NoteForm(String text) {
    }

    @Post
    public HttpResponse<Map<String, Object>> create(Caller caller, @Body @Nullable ApplicationForm form) {
        // Only the creator ever sees the confirmation code: they hand it to the citizen.
        return HttpResponse.created(views.summary(service.create(caller, RequestParts.body(form, "the application")), true));
    }

    @Put("/{id}")
    public Map<String, Object> revise(Caller caller, @PathVariable String id, @Body @Nullable ApplicationForm form) {
        Application app = service.revise(caller, id, RequestParts.body(form, "the application"));
        // Only the creator can revise; they get the code again (another browser, a lost note) until both confirmed.
        return views.summary(app, !(app.confirmedBy("citizen") && app.confirmedBy("contact-person")));
    }

    @Get("/{id}")
    public ApplicationView get(Caller caller, @PathVariable String id) {
        return view(caller, service.get(caller, id));
    }

    /** The whole application for those whose role reads personal data; without it for someone who only confirmed. */
    private ApplicationView view(Caller caller, Application app) {
        return views.of(service.shownTo(caller, app));
    }

    @Get("/{id}/letters")
    public List<Letter> letters(Caller caller, @PathVariable String id) {
        return service.letters(caller, id);
    }

    @Get("/{id}/audit")
    public List<AuditEntry> audit(Caller caller, @PathVariable String id) {
        return service.audit(caller, id);
    }

    @Get("/queue")
    public List<ApplicationView> queue(Caller caller) {
        return views.of(service.queue(caller));
    }

    @Post("/{id}/confirmations")
    public ApplicationView confirm(Caller caller, @PathVariable String id, @Body @Nullable ConfirmationForm form) {
        return view(caller, service.confirm(caller, id, form == null ? null : form.code()));
    }

    /** Before confirming with the code: what is agreed to (without personal data); the try counts as a confirmation's. */
    @Post("/{id}/read-back")
    public ApplicationView readBack(Caller caller, @PathVariable String id, @Body @Nullable ConfirmationForm form) {
        return view(caller, service.readBack(caller, id, form == null ? null : form.code()));
    }

    /** The citizen it is for confirms in their own account: no code, they are signed in as themselves. */
    @Post("/{id}/consent")
    public ApplicationView consent(Caller caller, @PathVariable String id) {
        return views.of(consent.consent(caller, id));
    }

    /** A team member records that the citizen confirmed in person, under their own identity, with a reason. */
    @Post("/{id}/in-person-confirmation")
    public ApplicationView inPerson(Caller caller, @PathVariable String id, @Body @Nullable InPersonForm form) {
        return views.of(consent.inPerson(caller, id, form == null ? null : form.reason()));
    }

    /** The citizen's answer 1 or 3 months after a grant; an empty body is answered field by field. */
    @Post("/{id}/follow-ups")
    public ApplicationView followUp(Caller caller, @PathVariable String id, @Body @Nullable FollowUpForm form) {
        return view(caller, service.followUp(caller, id, form == null ? new FollowUpForm(null, null, null) : form));
    }

    @Post("/{id}/notes")
    public HttpResponse<Note> addNote(Caller caller, @PathVariable String id, @Body @Nullable NoteForm form) {
        return HttpResponse.created(service.addNote(caller, id, form == null ? null : form.text()));
    }

    @Get("/{id}/notes")
    public List<Note> notes(Caller caller, @PathVariable String id) {
        return service.notes(caller, id);
    }

    @Get
    public PageView<ApplicationView> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable Boolean mine,
                                          @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        int size = RequestParts.pageSize(limit);
        Page<Application> page = Boolean.TRUE.equals(mine) ? service.mine(caller, size, cursor)
                : service.list(caller, RequestParts.status(status, ApplicationStatus.class, null), size, cursor);
        return views.of(new Page<>(page.items().stream().map(a -> service.shownTo(caller, a)).toList(), page.nextCursor()));
    }
}
