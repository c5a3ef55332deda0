package dk.livsmester.domain.guides;

import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ValidationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of the guide profile and the guide request forms: one Danish and English message per bad field. */
public final class GuideForms {
    /** A weekly slot: day and part of day, for example MON_AM or THU_EVE. */
    public static final Pattern SLOT = Pattern.compile("^(MON|TUE|WED|THU|FRI|SAT|SUN)_(AM|PM|EVE)$");
    public static final int MAX_CAPACITY = 10;

    private GuideForms() {
    }

    public static void validate(GuideForm f) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", f.name(), 200, true);
        if (f.taskTypes() == null || f.taskTypes().isEmpty()) {
            errors.add(new FieldError("taskTypes", "Vælg mindst én opgave.", "At least one task type is required."));
        }
        if (f.disabilityExperience() == null) {
            errors.add(new FieldError("disabilityExperience", "Vælg erfaring (eller en tom liste).",
                    "disabilityExperience is required (an empty list is allowed)."));
        }
        text(errors, "area", f.area(), 100, true);
        if (f.capacity() == null || f.capacity() < 1 || f.capacity() > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "Kapacitet skal være fra 1 til " + MAX_CAPACITY + ".",
                    "capacity must be from 1 to " + MAX_CAPACITY + " active matches."));
        }
        if (f.status() == null) {
            errors.add(new FieldError("status", "Vælg status.", "status is required."));
        }
        slots(errors, f.availability());
        if (f.languages() != null && f.languages().size() > 10) {
            errors.add(new FieldError("languages", "Højst 10 sprog.", "At most 10 languages."));
        }
        text(errors, "account", f.account(), 100, false);
        text(errors, "cohort", f.cohort(), 50, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static void validate(GuideRequestForm f) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "citizenName", f.citizenName(), 200, true);
        text(errors, "needs", f.needs(), 2000, true);
        if (f.taskType() == null) {
            errors.add(new FieldError("taskType", "Vælg hvad guiden skal hjælpe med.", "taskType is required."));
        }
        if (f.sameDisabilityPreferred() == null) {
            errors.add(new FieldError("sameDisabilityPreferred", "Svar på, om guiden helst skal have samme handicap.",
                    "sameDisabilityPreferred is required (true or false)."));
        }
        text(errors, "area", f.area(), 100, true);
        text(errors, "subGoalText", f.subGoalText(), 1000, false);
        text(errors, "subGoalRef", f.subGoalRef(), 100, false);
        slots(errors, f.availability());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A follow-up question's answer: the answer itself, and the fields that may be corrected with it. */
    public static void validate(InfoAnswer a) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "answer", a.answer(), 2000, true);
        text(errors, "needs", a.needs(), 2000, false);
        text(errors, "area", a.area(), 100, false);
        slots(errors, a.availability());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static void validateQuestion(String question) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "question", question, 1000, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Asking again after a closed match: every field is optional and falls back to the earlier request's. */
    public static void validate(AskAgain a) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "needs", a.needs(), 2000, false);
        text(errors, "subGoalText", a.subGoalText(), 1000, false);
        text(errors, "subGoalRef", a.subGoalRef(), 100, false);
        slots(errors, a.availability());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void slots(List<FieldError> errors, Collection<String> slots) {
        if (slots == null) {
            return;
        }
        for (String s : slots) {
            if (s == null || !SLOT.matcher(s).matches()) {
                errors.add(new FieldError("availability", "Ugyldigt tidspunkt: " + s + ".",
                        "Invalid availability slot " + s + "; use for example MON_AM, WED_PM or SAT_EVE."));
            }
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Feltet skal udfyldes.", field + " is required."));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "Teksten er for lang (højst " + max + " tegn).",
                    field + " is too long (at most " + max + " characters)."));
        }
    }
}
