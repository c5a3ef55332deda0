package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.testing.TestStack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The application and pool stores in memory, with what a service's unit test starts from. */
public final class InMemoryBudget {
    public static final AnswerWindow WINDOW = new AnswerWindow(14, ZoneId.of("Europe/Copenhagen"));

    public final InMemoryApplications applications = new InMemoryApplications();
    public final InMemoryPools pools = new InMemoryPools(applications);

    public Pool pool(long totalOre) {
        Pool p = Pool.open(Ids.newId("pool"), "Test pool", "Test unit", LocalDate.of(2020, 1, 1),
                LocalDate.of(2099, 12, 31), totalOre);
        pools.create(p);
        return p;
    }

    /** An application submitted and reviewed with no findings, by {@link TestStack#CONTACT}: ready for the team. */
    /** Submitted by the contact person, confirmed by the citizen, reviewed with no findings: ready to be granted. */
    public Application inReview(String poolId, long amountOre, Instant at) {
        Application app = Application.create(Ids.newId("app"), TestStack.form(poolId, amountOre),
                TestStack.CONTACT.subject(), TestStack.CITIZEN.subject(), at)
                .confirm(Confirmation.by("citizen", TestStack.CITIZEN.subject(), at, Confirmation.ACCOUNT))
                .submit(at, WINDOW).review(List.of(), at);
        applications.given(app);
        return app;
    }
}
