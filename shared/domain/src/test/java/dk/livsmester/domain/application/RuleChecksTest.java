package dk.livsmester.domain.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.livsmester.domain.application.Forms.TODAY;
import static dk.livsmester.domain.application.Forms.form;
import static dk.livsmester.domain.application.Forms.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleChecksTest {
    private final RuleChecks rules = new RuleChecks(RuleCatalog.load(), RuleSettings.defaults());
    private final RuleChecks.Context ctx = new RuleChecks.Context(TODAY, LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31), 50_000_000L);

    private Set<String> blocking(Application app, RuleChecks.Context c) {
        return rules.check(app, c).stream().filter(f -> f.severity() == Severity.BLOCKING)
                .map(Finding::code).collect(Collectors.toSet());
    }

    @Test
    void taxiForALimitedPeriod_1600Dkk_hasNoFindings() {
        assertEquals(List.of(), rules.check(submitted(form(Category.TRANSPORT, "Taxa i en begrænset periode", 160_000L, null)), ctx));
    }

    @Test
    void serviceDog_85000Dkk_isClearWhenThePoolCanCoverIt() {
        Application dog = submitted(form(Category.SERVICE_DOG, "Servicehund: køb og uddannelse", 8_500_000L, null));
        assertEquals(Set.of(), blocking(dog, ctx));
        RuleChecks.Context almostEmpty = new RuleChecks.Context(TODAY, ctx.windowFrom(), ctx.windowTo(), 8_000_000L);
        assertEquals(Set.of(RuleChecks.POOL), blocking(dog, almostEmpty));
    }

    @Test
    void eBikeAndSingingLessons_areNotVehiclesAndPass() {
        assertEquals(List.of(), rules.check(submitted(form(Category.TRANSPORT, "Elcykel", 1_200_000L, null)), ctx));
        assertEquals(List.of(), rules.check(submitted(form(Category.ACTIVITIES, "Sangundervisning", 450_000L, null)), ctx));
    }

    @Test
    void drivingLicence_withCar_passes_withoutCar_isBlockedByR4_unanswered_isFlagged() {
        assertEquals(Set.of(), blocking(submitted(form(Category.TRANSPORT, "Kørekort", 1_500_000L, true)), ctx));
        assertEquals(Set.of(RuleChecks.R4), blocking(submitted(form(Category.TRANSPORT, "Kørekort", 1_500_000L, false)), ctx));
        List<Finding> unanswered = rules.check(submitted(form(Category.TRANSPORT, "Kørekort", 1_500_000L, null)), ctx);
        assertEquals(1, unanswered.size());
        assertEquals(RuleChecks.R4, unanswered.get(0).code());
        assertEquals(Severity.ADVISORY, unanswered.get(0).severity());
    }

    @Test
    void folkHighSchoolExtension_isAcceptedAsAFollowOn() {
        ApplicationForm f = form(Category.EDUCATION, "Forlængelse af højskoleophold", 2_000_000L, null);
        ApplicationForm ext = new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(), f.wish(),
                f.subGoal(), f.category(), f.appliedFor(), f.period(), f.costLines(), f.alreadyFinanced(), f.carAccess(),
                "app-earlier", true);
        assertEquals(List.of(), rules.check(submitted(ext), ctx));
    }

    @Test
    void alreadyFinanced_isBlockedByR3() {
        ApplicationForm f = form(Category.ACTIVITIES, "Fodbold", 100_000L, null);
        ApplicationForm paid = new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(), f.wish(),
                f.subGoal(), f.category(), f.appliedFor(), f.period(), f.costLines(), true, null, null, true);
        assertEquals(Set.of(RuleChecks.R3), blocking(submitted(paid), ctx));
    }

    @Test
    void vagueSubGoal_isBlockedByR1_andThinExplanation_isOnlyFlaggedByR2() {
        ApplicationForm f = form(Category.ACTIVITIES, "Dans", 100_000L, null);
        ApplicationForm vague = new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(),
                new Wish("Dans", "Hip hop", "Sjovt"), new SubGoal("Dans", null, null, null), f.category(),
                f.appliedFor(), f.period(), f.costLines(), false, null, null, true);
        List<Finding> findings = rules.check(submitted(vague), ctx);
        assertTrue(findings.stream().anyMatch(x -> x.code().equals("R1") && x.severity() == Severity.BLOCKING));
        assertTrue(findings.stream().anyMatch(x -> x.code().equals("R2") && x.severity() == Severity.ADVISORY));
    }

    @Test
    void ageOutsideConfiguredBounds_isBlocked_andBoundsAreConfiguration() {
        ApplicationForm f = form(Category.ACTIVITIES, "Skydning", 100_000L, null);
        ApplicationForm seventeen = new ApplicationForm(f.poolId(),
                List.of(new Applicant("Ung Testesen", TODAY.minusYears(17).minusDays(1), "Vej 2", null, null, true)),
                f.contactPerson(), f.citizenCentre(), f.wish(), f.subGoal(), f.category(), f.appliedFor(), f.period(),
                f.costLines(), false, null, null, true);
        assertEquals(Set.of(RuleChecks.AGE), blocking(submitted(seventeen), ctx));
        RuleChecks projectBounds = new RuleChecks(RuleCatalog.load(), new RuleSettings(17, 35));
        assertFalse(projectBounds.check(submitted(seventeen), ctx).stream().anyMatch(x -> x.code().equals("AGE")));
    }

    @Test
    void outsideTheProgrammeWindow_isBlocked() {
        RuleChecks.Context closed = new RuleChecks.Context(TODAY, LocalDate.of(2018, 11, 1), LocalDate.of(2020, 1, 31), 50_000_000L);
        assertEquals(Set.of(RuleChecks.WINDOW), blocking(submitted(form(Category.ACTIVITIES, "Dans", 100_000L, null)), closed));
    }

    @Test
    void notAttachedToTheAdultDisabilityService_isBlocked() {
        ApplicationForm f = form(Category.ACTIVITIES, "Dans", 100_000L, null);
        ApplicationForm outside = new ApplicationForm(f.poolId(),
                List.of(new Applicant("Anna Udenfor", LocalDate.of(2000, 1, 1), "Vej 3", null, null, false)),
                f.contactPerson(), f.citizenCentre(), f.wish(), f.subGoal(), f.category(), f.appliedFor(), f.period(),
                f.costLines(), false, null, null, true);
        assertEquals(Set.of(RuleChecks.SERVICE), blocking(submitted(outside), ctx));
    }
}
