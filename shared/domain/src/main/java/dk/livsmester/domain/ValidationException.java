package dk.livsmester.domain;

import java.util.List;

/** Bad input: one message per invalid field. Thrown before anything is written. */
public class ValidationException extends DomainException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("INVALID_INPUT", Text.of("Nogle felter skal rettes.", "Some fields need to be corrected."));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException single(String field, String da, String en) {
        return new ValidationException(List.of(new FieldError(field, da, en)));
    }

    /** A paging cursor that is not one of ours (or has been tampered with). */
    public static ValidationException invalidCursor() {
        return single("cursor", "Ugyldig side-markør.", "The cursor is not valid; start from the first page.");
    }

    public List<FieldError> errors() {
        return errors;
    }
}
