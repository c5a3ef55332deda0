package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideForms;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.store.GuideRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The guide registry and guide requests. A new request goes on the matching queue through the outbox. */
@Singleton
public class GuideService {
    private static final Logger LOG = LoggerFactory.getLogger(GuideService.class);

    private final GuideRepository repository;
    private final Clock clock;

    public GuideService(GuideRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Guide register(Caller caller, GuideForm form) {
        caller.require(Role.COORDINATOR);
        GuideForms.validate(form);
        Guide g = new Guide(Ids.newId("guide"), form.name().strip(), form.kind() == null ? GuideKind.PEER : form.kind(),
                Set.copyOf(form.taskTypes()), Set.copyOf(form.disabilityExperience()),
                form.languages() == null ? List.of() : List.copyOf(form.languages()), form.area().strip(),
                form.availability() == null ? Set.of() : Set.copyOf(form.availability()), form.capacity(), 0, 0,
                form.status(), form.account(), null, clock.instant(), 0);
        repository.createGuide(g);
        LOG.info("guide registered guideId={} status={}", g.id(), g.status());
        return g;
    }

    public List<Guide> guides(Caller caller) {
        caller.require(Role.COORDINATOR, Role.TEAM);
        return repository.guides();
    }

    public Guide guide(Caller caller, String id) {
        caller.require(Role.COORDINATOR, Role.TEAM);
        return repository.getGuide(id);
    }

    public GuideRequest request(Caller caller, GuideRequestForm form) {
        caller.require(Role.CONTACT_PERSON, Role.COORDINATOR, Role.TEAM);
        GuideForms.validate(form);
        Instant now = clock.instant();
        GuideRequest q = new GuideRequest(Ids.newId("req"), form.citizenName().strip(), form.citizenDisability(),
                form.needs().strip(), form.taskType(), form.timing() == null ? RequestTiming.NOT_LINKED : form.timing(),
                form.sameDisabilityPreferred(), form.area().strip(),
                form.availability() == null ? Set.of() : Set.copyOf(form.availability()), form.subGoalText(),
                form.subGoalRef(), GuideRequestStatus.OPEN, 0, null, null, null, null, caller.subject(), now, 0);
        EventMessage opened = new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), q.round(), q.status().name(), now);
        repository.createRequest(q, List.of(OutboxEvent.of(Target.MATCHING, opened)));
        LOG.info("guide request opened requestId={} taskType={}", q.id(), q.taskType());
        return q;
    }

    public GuideRequest getRequest(Caller caller, String id) {
        GuideRequest q = repository.getRequest(id);
        boolean staff = caller.role() == Role.COORDINATOR || caller.role() == Role.ADMIN || caller.role() == Role.TEAM;
        if (!staff && !q.createdBy().equals(caller.subject())) {
            throw new NotFoundException("guide request", id);
        }
        return q;
    }
}
