package dk.livsmester.platform.testing;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.application.ContactPerson;
import dk.livsmester.domain.application.CostLine;
import dk.livsmester.domain.application.Period;
import dk.livsmester.domain.application.SubGoal;
import dk.livsmester.domain.application.Wish;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import io.micronaut.context.ApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB Local and ElasticMQ in this JVM, provisioned from template.yaml, and a Micronaut context with the real beans
 * pointing at them: what the integration tests of every function stand on.
 */
public final class TestStack implements AutoCloseable {
    public static final Caller TEAM = new Caller("team-test", "Tea Team", Role.TEAM);
    public static final Caller TEAM_2 = new Caller("team-test-2", "Tor Team", Role.TEAM);
    public static final Caller CONTACT = new Caller("contact-test", "Kim Kontakt", Role.CONTACT_PERSON);
    public static final Caller CITIZEN = new Caller("citizen-test", "Alma Testesen", Role.CITIZEN);
    public static final Caller COORDINATOR = new Caller("coordinator-test", "Coco Ordinator", Role.COORDINATOR);

    private final LocalAws aws;
    private final ApplicationContext context;

    private TestStack(LocalAws aws, ApplicationContext context) {
        this.aws = aws;
        this.context = context;
    }

    public static TestStack start() {
        LocalAws aws = LocalAws.inMemory();
        Map<String, Object> props = new HashMap<>(aws.properties());
        return new TestStack(aws, ApplicationContext.run(props));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public LocalAws aws() {
        return aws;
    }

    public ApplicationContext context() {
        return context;
    }

    /** Opens a pool with {@code availableOre} in it. */
    public Pool pool(long totalOre) {
        Pool p = Pool.open(Ids.newId("pool"), "Test pool", "Test unit", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), totalOre);
        bean(PoolStore.class).create(p);
        return p;
    }

    public static ApplicationForm form(String poolId, long amountOre) {
        return new ApplicationForm(poolId,
                List.of(new Applicant("Alma Testesen", LocalDate.of(2000, 2, 2), "Testvej 2, 8000 Aarhus C",
                        "alma@example.org", "+45 12 34 56 78", true)),
                new ContactPerson("Kim Kontakt", "bostøtte", "kim@example.org", "+45 87 65 43 21"), "Borgercenter Vest",
                new Wish("Sangundervisning", "Jeg vil gerne gå til sang.", "Jeg får mod på at være sammen med andre og synge i kor."),
                new SubGoal("Jeg deltager i et kor en gang om ugen.", "Socialt liv og Aktiviteter", 2, 6),
                Category.ACTIVITIES, "Sangundervisning", new Period(LocalDate.now().plusDays(5), LocalDate.now().plusMonths(6)),
                List.of(new CostLine("Sangtimer", amountOre, "Musikskolen")), false, null, null, true);
    }

    /**
     * Stores an application that has been submitted by the contact person, confirmed by the citizen and reviewed with
     * no findings: ready for the team.
     */
    public Application inReview(String poolId, long amountOre) {
        return inReview(poolId, amountOre, true);
    }

    /** As {@link #inReview(String, long)}, with or without the citizen's own confirmation. */
    public Application inReview(String poolId, long amountOre, boolean citizenConfirmed) {
        Instant now = Instant.now();
        Application draft = Application.create(Ids.newId("app"), form(poolId, amountOre), CONTACT.subject(),
                CITIZEN.subject(), now);
        Application confirmed = citizenConfirmed
                ? draft.confirm(Confirmation.by("citizen", CITIZEN.subject(), now, Confirmation.ACCOUNT)) : draft;
        Application submitted = confirmed.submit(now, bean(AnswerWindow.class));
        Application reviewed = submitted.review(List.of(), now);
        bean(ApplicationStore.class).create(reviewed, List.of(
                new AuditEntry(draft.id(), 0, CONTACT.subject(), "contact-person", null, draft.status(), now),
                new AuditEntry(draft.id(), 1, CONTACT.subject(), "contact-person", draft.status(), submitted.status(), now),
                new AuditEntry(draft.id(), 2, "system:review", "system", submitted.status(), reviewed.status(), now)), List.of());
        return reviewed;
    }

    @Override
    public void close() {
        context.close();
        aws.close();
    }
}
