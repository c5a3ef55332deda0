package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.store.GuideRepository;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.views.Limits;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.util.Arrays;

/** HTTP adapter: the coordinator's view of proposed matches, and approval (409 when the guide has no capacity). */
@Controller("/api/matches")
public class MatchesController {
    private final MatchService service;
    private final GuideRepository repository;

    public MatchesController(MatchService service, GuideRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    /** Optional body of an approval: another candidate than the proposed one. */
    public record Approval(String guideId) {
    }

    @Get
    public PageView<Match> list(Caller caller, @QueryValue @Nullable String status, @QueryValue @Nullable Integer limit,
                                @QueryValue @Nullable String cursor) {
        caller.require(Role.COORDINATOR);
        MatchStatus s;
        try {
            s = MatchStatus.valueOf(status == null ? "PROPOSED" : status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.single("status", "Ukendt status.",
                    "Unknown status; use one of " + Arrays.toString(MatchStatus.values()) + ".");
        }
        Page<Match> page = repository.matchesByStatus(s, Limits.pageSize(limit), cursor);
        return new PageView<>(page.items(), page.nextCursor());
    }

    @Get("/{id}")
    public Match get(Caller caller, @PathVariable String id) {
        caller.require(Role.COORDINATOR);
        return repository.getMatch(id);
    }

    @Post("/{id}/approve")
    public Match approve(Caller caller, @PathVariable String id, @Body Approval approval) {
        // {} approves the proposed guide; {"guideId": ...} picks one of the listed alternatives instead.
        return service.approve(caller, id, approval.guideId());
    }
}
