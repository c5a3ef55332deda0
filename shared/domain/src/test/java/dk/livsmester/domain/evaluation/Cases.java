package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.ContactPerson;
import dk.livsmester.domain.application.CostLine;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.Period;
import dk.livsmester.domain.application.SubGoal;
import dk.livsmester.domain.application.Wish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Applications through their life for the evaluation's tests; the people are invented. */
final class Cases {
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final AnswerWindow WINDOW = new AnswerWindow(14, CPH);
    static final LocalDate D0 = LocalDate.of(2026, 3, 2);

    private Cases() {
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(CPH).toInstant();
    }

    static ApplicationForm form(String name, Category category, long dkk, String centre, Integer baseline, Integer target) {
        return new ApplicationForm("pool-1", List.of(new Applicant(name, LocalDate.of(2000, 1, 1), "Testvej 1", null, null, true)),
                new ContactPerson("Bo Kontakt", "bostøtte", "bo@example.org", null), centre,
                new Wish("Et ønske", "Jeg vil gerne noget.", "Det hjælper mig til at klare mere selv og komme ud."),
                new SubGoal("Jeg kommer selv ud to gange om ugen.", null, baseline, target), category, "Noget",
                new Period(D0.plusDays(30), D0.plusMonths(6)), List.of(new CostLine("Noget", Money.dkk(dkk), null)),
                false, null, null, true);
    }

    /** Submitted on day {@code submitted} (after D0); null outcome: still in review. */
    static Application app(String id, String name, Category category, int submitted, DecisionOutcome outcome, int decided,
                           List<String> reasons) {
        return app(id, name, category, "Borgercenter Vest", submitted, outcome, decided, reasons, 0);
    }

    /**
     * The same, with {@code pausedDays} of waiting for the citizen's answer: the team asks on day submitted + 2 and
     * the citizen answers {@code pausedDays} later.
     */
    static Application app(String id, String name, Category category, String centre, int submitted, DecisionOutcome outcome,
                           int decided, List<String> reasons, int pausedDays) {
        return app(id, name, category, centre, submitted, outcome, decided, reasons, pausedDays, 3, 7);
    }

    /** The same, with the sub-goal's start and target on the 1–10 ruler (null: not set). */
    static Application app(String id, String name, Category category, String centre, int submitted, DecisionOutcome outcome,
                           int decided, List<String> reasons, int pausedDays, Integer baseline, Integer target) {
        ApplicationForm f = form(name, category, 10_000, centre, baseline, target);
        Application a = Application.create(id, f, "contact-1", at(D0)).submit(at(D0.plusDays(submitted)), WINDOW)
                .review(List.of(), at(D0.plusDays(submitted)));
        if (pausedDays > 0) {
            a = a.decide(decision(DecisionOutcome.NEEDS_INFO, 0, List.of(), D0.plusDays(submitted + 2)))
                    .submit(at(D0.plusDays(submitted + 2 + pausedDays)), WINDOW)
                    .review(List.of(), at(D0.plusDays(submitted + 2 + pausedDays)));
        }
        if (outcome == null) {
            return a;
        }
        long granted = outcome == DecisionOutcome.APPROVED ? Money.dkk(10_000) : outcome == DecisionOutcome.PARTIALLY_APPROVED
                ? Money.dkk(8_000) : 0;
        return a.decide(decision(outcome, granted, reasons, D0.plusDays(decided)));
    }

    static Decision decision(DecisionOutcome o, long granted, List<String> reasons, LocalDate day) {
        return new Decision(o, granted, reasons, "tekst", "team-1", at(day), false, null, null, null);
    }
}
