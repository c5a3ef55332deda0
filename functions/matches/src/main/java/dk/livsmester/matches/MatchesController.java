package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchForms;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.platform.http.RequestParts;
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

    @Get
    public PageView<Match> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable String guideId,
                                @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        return PageView.of(service.list(caller, RequestParts.status(status, MatchStatus.class, MatchStatus.PROPOSED),
                guideId, RequestParts.pageSize(limit), cursor));
    }

    @Get("/{id}")
    public Match get(Caller caller, @PathVariable String id) {
        return service.get(caller, id);
    }

    @Post("/{id}/approve")
    public Match approve(Caller caller, @PathVariable String id, @Body @Nullable Approval approval) {
        // {} approves the proposed guide; {"guideId": ...} picks one of the listed alternatives instead.
        return service.approve(caller, id, approval == null ? null : approval.guideId());
    }

    @Post("/{id}/accept")
    public Match accept(Caller caller, @PathVariable String id) {
        return service.accept(caller, id);
    }

    @Post("/{id}/decline")
    public Match decline(Caller caller, @PathVariable String id) {
        return service.decline(caller, id);
    }

    @Post("/{id}/first-meeting")
    public Match firstMeeting(Caller caller, @PathVariable String id, @Body @Nullable MeetingPlan plan) {
        return service.scheduleFirstMeeting(caller, id, plan);
    }

    @Post("/{id}/meetings")
    public Match meetings(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.AgreedMeetings form) {
        return service.agreeMeetings(caller, id, form);
    }

    @Post("/{id}/meetings/{no}/log")
    public Match log(Caller caller, @PathVariable String id, @PathVariable int no, @Body @Nullable MatchForms.MeetingLog form) {
        return service.logMeeting(caller, id, no, form);
    }

    @Post("/{id}/debrief")
    public Match debrief(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.DebriefForm form) {
        return service.debrief(caller, id, form);
    }

    @Post("/{id}/bus-training")
    public Match busTraining(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.BusTrainingForm form) {
        return service.planBusTraining(caller, id, form);
    }

    @Post("/{id}/close")
    public Match close(Caller caller, @PathVariable String id, @Body @Nullable MatchForms.ClosureForm form) {
        return service.close(caller, id, form);
    }
}
