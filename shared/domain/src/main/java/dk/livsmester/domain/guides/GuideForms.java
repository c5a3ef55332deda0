package dk.livsmester.domain.guides;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.SignInSubject;

import java.util.Collection;
import java.util.regex.Pattern;

/** Validation of the guide profile and the guide request forms: one Danish and English message per bad field. */
public final class GuideForms {
    /** A weekly slot: day and part of day, for example MON_AM or THU_EVE. */
    public static final Pattern SLOT = Pattern.compile("^(MON|TUE|WED|THU|FRI|SAT|SUN)_(AM|PM|EVE)$");
    public static final int MAX_CAPACITY = 10;

    private GuideForms() {
    }

    public static void validate(GuideForm f) {
        FieldErrors errors = new FieldErrors();
        errors.text("name", f.name(), 200, true);
        if (f.taskTypes() == null || f.taskTypes().isEmpty()) {
            errors.add("taskTypes", "Vælg mindst én opgave.", "At least one task type is required.");
        }
        if (f.disabilityExperience() == null) {
            errors.add("disabilityExperience", "Vælg erfaring (eller en tom liste).",
                    "disabilityExperience is required (an empty list is allowed).");
        }
        errors.text("area", f.area(), 100, true);
        if (f.capacity() == null || f.capacity() < 1 || f.capacity() > MAX_CAPACITY) {
            errors.add("capacity", "Kapacitet skal være fra 1 til " + MAX_CAPACITY + ".",
                    "capacity must be from 1 to " + MAX_CAPACITY + " active matches.");
        }
        if (f.status() == null) {
            errors.add("status", "Vælg status.", "status is required.");
        }
        slots(errors, f.availability());
        if (f.languages() != null && f.languages().size() > 10) {
            errors.add("languages", "Højst 10 sprog.", "At most 10 languages.");
        }
        errors.text("account", f.account(), 100, false);
        errors.text("cohort", f.cohort(), 50, false);
        errors.throwIfAny();
    }

    public static void validate(GuideRequestForm f) {
        FieldErrors errors = new FieldErrors();
        errors.text("citizenName", f.citizenName(), 200, true);
        errors.text("needs", f.needs(), 2000, true);
        if (f.taskType() == null) {
            errors.add("taskType", "Vælg hvad guiden skal hjælpe med.", "taskType is required.");
        }
        if (f.sameDisabilityPreferred() == null) {
            errors.add("sameDisabilityPreferred", "Svar på, om guiden helst skal have samme handicap.",
                    "sameDisabilityPreferred is required (true or false).");
        }
        errors.text("area", f.area(), 100, true);
        errors.text("subGoalText", f.subGoalText(), 1000, false);
        errors.text("subGoalRef", f.subGoalRef(), 100, false);
        SignInSubject.check(errors, "citizenSubject", f.citizenSubject(), false);
        slots(errors, f.availability());
        errors.throwIfAny();
    }

    /** A follow-up question's answer: the answer itself, and the fields that may be corrected with it. */
    public static void validate(InfoAnswer a) {
        FieldErrors errors = new FieldErrors();
        errors.text("answer", a.answer(), 2000, true);
        errors.text("needs", a.needs(), 2000, false);
        errors.text("area", a.area(), 100, false);
        slots(errors, a.availability());
        errors.throwIfAny();
    }

    public static void validateQuestion(String question) {
        FieldErrors errors = new FieldErrors();
        errors.text("question", question, 1000, true);
        errors.throwIfAny();
    }

    /** Asking again after a closed match: every field is optional and falls back to the earlier request's. */
    public static void validate(AskAgain a) {
        FieldErrors errors = new FieldErrors();
        errors.text("needs", a.needs(), 2000, false);
        errors.text("subGoalText", a.subGoalText(), 1000, false);
        errors.text("subGoalRef", a.subGoalRef(), 100, false);
        slots(errors, a.availability());
        errors.throwIfAny();
    }

    static void slots(FieldErrors errors, Collection<String> slots) {
        if (slots == null) {
            return;
        }
        // Said once, without the value sent (it can be anything a client typed).
        if (slots.stream().anyMatch(s -> s == null || !SLOT.matcher(s).matches())) {
            errors.add("availability", "Vælg tidspunkter fra listen.",
                    "Each availability slot must be a day and a part of it, for example MON_AM, WED_PM or SAT_EVE.");
        }
    }
}
