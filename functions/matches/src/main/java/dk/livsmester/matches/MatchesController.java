package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchForms;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/**
 * HTTP adapter for matches: the coordinator's queue of proposals and approval (409 when the guide has no capacity),
 * the guide's answer, meetings and their logs, the debrief, the bus-training programme and the closure.
 */
@Controller("/api/matches")
public class MatchesController {
    private final MatchService service;

    public MatchesController(MatchService service) {
        this.service = service;
    }

    /** Optional body of an approval: another candidate than the proposed one. */
    public record Approval(String guideId) {
    }

    /** The coordinator gets the match whole; its guide only what they need to help ({@link GuideMatchView}). */
    private Object view(Caller caller, Match m, String route) {
        return caller.is(Role.GUIDE) ? service.forGuide(caller, route, m) : m;
    }

    @Get
    public PageView<Object> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable String guideId,
                                 @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        Page<Match> page = service.list(caller, RequestParts.status(status, MatchStatus.class, MatchStatus.PROPOSED),
                guideId, RequestParts.pageSize(limit), cursor);
        return new PageView<>(service.shown(caller, "GET /api/matches", page.items()), page.nextCursor());
    }

    @Get("/{id}")
    public Object get(Caller caller, @PathVariable String id) {
        return view(caller, service.get(caller, id), "GET /api/matches/{id}");
    }

    @Post("/{id}/approve")
    public Object approve(Caller caller, @PathVariable String id, @Body @Nullable Approval approval) {
        // {} approves the proposed guide; {"guideId": ...} picks one of the listed alternatives instead.
        return view(caller, service.approve(caller, id, approval == null ? null : approval.guideId()), "POST /api/matches/{id}/approve");
    }

    @Post("/{id}/accept")
    public Object accept(Caller caller, @PathVariable String id) {
        return view(caller, service.accept(caller, id), "POST /api/matches/{id}/accept");
    }

    @Post("/{id}/decline")
    public Object decline(Caller caller, @PathVariable String id) {
        return view(caller, service.decline(caller, id), "POST /api/matches/{id}/decline");
    }

    @Post("/{id}/first-meeting")
    public Object firstMeeting(Caller caller, @PathVariable String id, @Body @Nullable MeetingPlan plan) {
        return view(caller, service.scheduleFirstMeeting(caller, id, plan), "POST /api/matches/{id}/first-meeting");
    }

    @Post("/{id}/meetings")
    public Object meetings(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.AgreedMeetings form) {
        return view(caller, service.agreeMeetings(caller, id, form), "POST /api/matches/{id}/meetings");
    }

    @Post("/{id}/meetings/{no}/log")
    public Object log(Caller caller, @PathVariable String id, @PathVariable int no, @Body @Nullable MatchForms.MeetingLog form) {
        return view(caller, service.logMeeting(caller, id, no, form), "POST /api/matches/{id}/meetings/{no}/log");
    }

    @Post("/{id}/debrief")
    public Object debrief(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.DebriefForm form) {
        return view(caller, service.debrief(caller, id, form), "POST /api/matches/{id}/debrief");
    }

    @Post("/{id}/bus-training")
    public Object busTraining(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.BusTrainingForm form) {
        return view(caller, service.planBusTraining(caller, id, form), "POST /api/matches/{id}/bus-training");
    }

    @Post("/{id}/close")
    public Object close(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.ClosureForm form) {
        return view(caller, service.close(caller, id, form), "POST /api/matches/{id}/close");
    }
}
