package dk.livsmester.domain.application;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.SignInSubject;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks what a form says before anything is written. Formats and lengths always; completeness only when the
 * form is submitted (a draft may be half filled in). Every message names the field, in Danish and English.
 */
public final class ApplicationValidator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{6,20}$");
    public static final int MAX_APPLICANTS = 20;
    public static final int MAX_COST_LINES = 50;
    /** One cost line may not exceed 1,000,000 DKK: anything above is a typing error, not a wish. */
    public static final long MAX_LINE_ORE = 100_000_000L;

    private final FieldErrors errors = new FieldErrors();
    private final boolean submit;
    private final LocalDate today;

    private ApplicationValidator(boolean submit, LocalDate today) {
        this.submit = submit;
        this.today = today;
    }

    public static void validate(ApplicationForm form, LocalDate today) {
        ApplicationValidator v = new ApplicationValidator(form.wantsSubmit(), today);
        v.check(form);
        v.errors.throwIfAny();
    }

    private void check(ApplicationForm f) {
        text("poolId", f.poolId(), 64, true, "puljen", "the pool");
        if (f.applicants() == null || f.applicants().isEmpty()) {
            add("applicants", "Skriv hvem der søger.", "At least one applicant is required.");
        } else if (f.applicants().size() > MAX_APPLICANTS) {
            add("applicants", "Højst " + MAX_APPLICANTS + " personer kan søge sammen.",
                    "At most " + MAX_APPLICANTS + " applicants in one application.");
        } else {
            for (int i = 0; i < f.applicants().size(); i++) {
                applicant("applicants[" + i + "]", f.applicants().get(i));
            }
        }
        if (f.contactPerson() == null) {
            requiredOnSubmit("contactPerson", "Skriv hvem din kontaktperson er.", "The contact person is required.");
        } else {
            ContactPerson c = f.contactPerson();
            text("contactPerson.name", c.name(), 200, submit, "kontaktpersonens navn", "the contact person's name");
            text("contactPerson.role", c.role(), 100, false, "kontaktpersonens rolle", "the contact person's role");
            email("contactPerson.email", c.email(), submit);
            phone("contactPerson.phone", c.phone(), false);
        }
        SignInSubject.check(errors, "citizenSubject", f.citizenSubject(), false);
        text("citizenCentre", f.citizenCentre(), 100, submit, "borgercenter", "the citizen centre");
        if (f.wish() == null) {
            requiredOnSubmit("wish", "Fortæl om dit ønske.", "The wish is required.");
        } else {
            text("wish.headline", f.wish().headline(), 120, submit, "overskriften på dit ønske", "the wish headline");
            text("wish.description", f.wish().description(), 4000, submit, "beskrivelsen", "the description");
            text("wish.howItHelps", f.wish().howItHelps(), 2000, submit,
                    "hvordan det hjælper dig", "how it helps you master your life");
        }
        if (f.subGoal() == null) {
            requiredOnSubmit("subGoal", "Skriv delmålet fra din handleplan.", "The action-plan sub-goal is required.");
        } else {
            text("subGoal.text", f.subGoal().text(), 1000, submit, "delmålet", "the sub-goal");
            text("subGoal.lifeTheme", f.subGoal().lifeTheme(), 100, false, "livstemaet", "the life theme");
            ruler("subGoal.baseline", f.subGoal().baseline());
            ruler("subGoal.target", f.subGoal().target());
        }
        if (f.category() == null) {
            requiredOnSubmit("category", "Vælg hvad pengene skal bruges til.", "Choose a category.");
        }
        text("appliedFor", f.appliedFor(), 500, submit, "hvad du søger", "what you apply for");
        period(f.period());
        costLines(f.costLines());
        if (f.alreadyFinanced() == null) {
            requiredOnSubmit("alreadyFinanced", "Svar på om du eller andre allerede betaler for det.",
                    "Answer whether you or anyone else is already paying for this.");
        }
        text("extendsApplicationId", f.extendsApplicationId(), 64, false, "den tidligere ansøgning", "the earlier application");
    }

    private void applicant(String path, Applicant a) {
        if (a == null) {
            add(path, "Udfyld oplysningerne om ansøgeren.", "The applicant is empty.");
            return;
        }
        text(path + ".name", a.name(), 200, true, "navn", "the name");
        if (a.birthDate() == null) {
            requiredOnSubmit(path + ".birthDate", "Skriv din fødselsdag.", "The birth date is required.");
        } else if (!a.birthDate().isBefore(today) || a.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            add(path + ".birthDate", "Fødselsdagen ser forkert ud.", "The birth date must be a real date in the past.");
        }
        text(path + ".address", a.address(), 300, submit, "adresse", "the address");
        email(path + ".email", a.email(), false);
        phone(path + ".phone", a.phone(), false);
    }

    private void period(Period p) {
        if (p == null || p.from() == null || p.to() == null) {
            if (p != null && (p.from() != null || p.to() != null)) {
                add("period", "Skriv både start og slut.", "The period needs both a start and an end.");
            } else {
                requiredOnSubmit("period", "Skriv hvornår det skal foregå.", "The period is required.");
            }
            return;
        }
        if (p.to().isBefore(p.from())) {
            add("period.to", "Slutdatoen skal være efter startdatoen.", "The end date must not be before the start date.");
        }
        if (p.to().isAfter(p.from().plusYears(3))) {
            add("period.to", "Perioden må højst vare 3 år.", "The period may last at most 3 years.");
        }
        if (submit && p.to().isBefore(today)) {
            add("period.to", "Perioden er allerede slut.", "The period has already ended.");
        }
    }

    private void costLines(List<CostLine> lines) {
        if (lines == null || lines.isEmpty()) {
            requiredOnSubmit("costLines", "Skriv hvad det koster.", "At least one cost line is required.");
            return;
        }
        if (lines.size() > MAX_COST_LINES) {
            add("costLines", "Højst " + MAX_COST_LINES + " linjer.", "At most " + MAX_COST_LINES + " cost lines.");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String path = "costLines[" + i + "]";
            CostLine line = lines.get(i);
            if (line == null) {
                add(path, "Linjen er tom.", "The cost line is empty.");
                continue;
            }
            text(path + ".item", line.item(), 200, true, "hvad det er", "the item");
            text(path + ".supplier", line.supplier(), 200, false, "leverandør", "the supplier");
            if (line.amountOre() == null) {
                add(path + ".amountOre", "Skriv beløbet.", "The amount is required.");
            } else if (line.amountOre() <= 0) {
                add(path + ".amountOre", "Beløbet skal være mere end 0 kr.", "The amount must be a positive number of øre.");
            } else if (line.amountOre() > MAX_LINE_ORE) {
                add(path + ".amountOre", "Beløbet er for stort.", "The amount is larger than 1,000,000 DKK.");
            }
        }
    }

    private void ruler(String path, Integer value) {
        if (value != null && (value < 1 || value > 10)) {
            add(path, "Vælg et tal fra 1 til 10.", "Must be a number from 1 to 10.");
        }
    }

    private void text(String path, String value, int max, boolean required, String da, String en) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(path, "Skriv " + da + ".", capitalise(en) + " is required.");
            }
        } else if (value.length() > max) {
            add(path, "Teksten om " + da + " er for lang (højst " + max + " tegn).",
                    capitalise(en) + " is too long (at most " + max + " characters).");
        }
    }

    private void email(String path, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(path, "Skriv en e-mail.", "The e-mail address is required.");
            }
        } else if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            add(path, "E-mailen ser forkert ud.", "The e-mail address is not valid.");
        }
    }

    private void phone(String path, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(path, "Skriv et telefonnummer.", "The phone number is required.");
            }
        } else if (!PHONE.matcher(value).matches()) {
            add(path, "Telefonnummeret ser forkert ud.", "The phone number is not valid.");
        }
    }

    private void requiredOnSubmit(String path, String da, String en) {
        if (submit) {
            add(path, da, en);
        }
    }

    private void add(String path, String da, String en) {
        errors.add(path, da, en);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
