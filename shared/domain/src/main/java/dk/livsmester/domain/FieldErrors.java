package dk.livsmester.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way input is checked: every check adds its field's message (easy-read Danish and English), and
 * {@link #throwIfAny} refuses them all together, before anything is written.
 */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String da, String en) {
        errors.add(new FieldError(field, da, en));
        return this;
    }

    /** Adds the message when {@code wrong} holds. */
    public FieldErrors when(boolean wrong, String field, String da, String en) {
        return wrong ? add(field, da, en) : this;
    }

    /** A text field: present when {@code required}, and at most {@code max} characters. */
    public FieldErrors text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return when(required, field, "Feltet skal udfyldes.", field + " is required.");
        }
        return when(value.length() > max, field, "Teksten er for lang (højst " + max + " tegn).",
                field + " is too long (at most " + max + " characters).");
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
