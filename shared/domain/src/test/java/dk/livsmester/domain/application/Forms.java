package dk.livsmester.domain.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Builds realistic forms for tests; the people are invented. */
public final class Forms {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final AnswerWindow FOURTEEN_DAYS = new AnswerWindow(14, ZONE);

    private Forms() {
    }

    public static ApplicationForm form(Category category, String appliedFor, long amountOre, Boolean carAccess) {
        return new ApplicationForm("pool-1",
                List.of(new Applicant("Freja Testesen", LocalDate.of(2001, 5, 3), "Testvej 1, 8000 Aarhus C",
                        "freja@example.org", "+45 11 22 33 44", true)),
                new ContactPerson("Bo Kontakt", "bostøtte", "bo@example.org", "+45 55 66 77 88"),
                "Borgercenter Vest",
                new Wish(appliedFor, "Jeg vil gerne " + appliedFor.toLowerCase() + ".",
                        "Det hjælper mig til at klare mere selv og komme ud blandt andre mennesker."),
                new SubGoal("Jeg kan selv komme til mine aktiviteter to gange om ugen.", "Udvikling og Mestring", 3, 7),
                category, appliedFor, new Period(TODAY.plusDays(10), TODAY.plusMonths(6)),
                List.of(new CostLine(appliedFor, amountOre, "Leverandør A/S")), false, carAccess, null, true);
    }

    public static Application submitted(ApplicationForm form) {
        return Application.create("app-1", form, "contact-1", TODAY.atStartOfDay(ZONE).toInstant())
                .submit(TODAY.atStartOfDay(ZONE).toInstant(), FOURTEEN_DAYS);
    }
}
