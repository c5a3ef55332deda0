package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.platform.store.ApplicationRepository;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.views.ApplicationView;
import dk.livsmester.platform.views.Letter;
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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** HTTP adapter for applications: parse, call the service, map the result. */
@Controller("/api/applications")
public class ApplicationsController {
    private final ApplicationService service;
    private final ApplicationRepository repository;

    public ApplicationsController(ApplicationService service, ApplicationRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Post
    public HttpResponse<Map<String, Object>> create(Caller caller, @Body @Nullable ApplicationForm form) {
        Application app = service.create(caller, requireBody(form));
        // Only the creator ever sees the confirmation code: they hand it to the citizen.
        Map<String, Object> body = new java.util.LinkedHashMap<>(summary(app));
        body.put("confirmationCode", app.confirmationCode());
        return HttpResponse.created(body);
    }

    @Put("/{id}")
    public Map<String, Object> revise(Caller caller, @PathVariable String id, @Body @Nullable ApplicationForm form) {
        Application app = service.revise(caller, id, requireBody(form));
        // Only the creator can revise; they get the code again (another browser, a lost note) until both confirmed.
        Map<String, Object> body = new java.util.LinkedHashMap<>(summary(app));
        if (!(app.confirmedBy("citizen") && app.confirmedBy("contact-person"))) {
            body.put("confirmationCode", app.confirmationCode());
        }
        return body;
    }

    @Get("/{id}")
    public ApplicationView get(Caller caller, @PathVariable String id) {
        return ApplicationView.of(service.get(caller, id));
    }

    @Get("/{id}/letters")
    public List<Letter> letters(Caller caller, @PathVariable String id) {
        service.get(caller, id);
        return repository.letters(id, Letter.class);
    }

    @Get("/{id}/audit")
    public List<AuditEntry> audit(Caller caller, @PathVariable String id) {
        caller.require(Role.TEAM, Role.FINANCE);
        service.get(caller, id);
        return repository.audit(id);
    }

    @Get("/queue")
    public List<ApplicationView> queue(Caller caller) {
        return service.queue(caller).stream().map(ApplicationView::of).toList();
    }

    /** The code the contact person gave the citizen; the creator needs none. */
    public record ConfirmationForm(String code) {
    }

    @Post("/{id}/confirmations")
    public ApplicationView confirm(Caller caller, @PathVariable String id, @Body @Nullable ConfirmationForm form) {
        return ApplicationView.of(service.confirm(caller, id, form == null ? null : form.code()));
    }

    /** The citizen's answer 1 or 3 months after a grant. */
    public record FollowUpForm(FollowUp.Milestone milestone, FollowUp.Answer answer, String note) {
    }

    @Post("/{id}/follow-ups")
    public ApplicationView followUp(Caller caller, @PathVariable String id, @Body @Nullable FollowUpForm form) {
        FollowUpForm f = form == null ? new FollowUpForm(null, null, null) : form;
        return ApplicationView.of(service.followUp(caller, id, f.milestone(), f.answer(), f.note()));
    }

    public record NoteForm(String text) {
    }

    @Post("/{id}/notes")
    public HttpResponse<ApplicationService.Note> addNote(Caller caller, @PathVariable String id, @Body @Nullable NoteForm form) {
        return HttpResponse.created(service.addNote(caller, id, form == null ? null : form.text()));
    }

    @Get("/{id}/notes")
    public List<ApplicationService.Note> notes(Caller caller, @PathVariable String id) {
        return service.notes(caller, id);
    }

    @Get
    public PageView<ApplicationView> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable Boolean mine,
                                          @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        if (Boolean.TRUE.equals(mine)) {
            Page<Application> own = service.mine(caller, Limits.pageSize(limit), cursor);
            return new PageView<>(own.items().stream().map(ApplicationView::of).toList(), own.nextCursor());
        }
        ApplicationStatus s = parseStatus(status);
        Page<Application> page = service.list(caller, s, Limits.pageSize(limit), cursor);
        return new PageView<>(page.items().stream().map(ApplicationView::of).toList(), page.nextCursor());
    }

    static ApplicationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            throw ValidationException.single("status", "Vælg en status.",
                    "The status query parameter is required (or mine=true): one of " + Arrays.toString(ApplicationStatus.values()) + ".");
        }
        try {
            return ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.single("status", "Ukendt status.",
                    "Unknown status " + status + "; use one of " + Arrays.toString(ApplicationStatus.values()) + ".");
        }
    }

    static ApplicationForm requireBody(ApplicationForm form) {
        if (form == null) {
            throw ValidationException.single("body", "Ansøgningen er tom.", "The request body (the application) is required.");
        }
        return form;
    }

    private static Map<String, Object> summary(Application app) {
        return app.dueDate() == null
                ? Map.of("id", app.id(), "status", app.status().name(), "version", app.version())
                : Map.of("id", app.id(), "status", app.status().name(), "version", app.version(), "dueDate", app.dueDate().toString());
    }
}
