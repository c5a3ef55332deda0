package dk.livsmester.domain;

import java.util.regex.Pattern;

/**
 * A person's sign-in subject (in AWS Cognito's 36-character id; locally the demo users' names), as staff and
 * contact persons type it into a form. One rule for every form that names a citizen by subject: short enough that a
 * support relation's id ({@code contact~citizen}) stays one path segment, and never a CPR number typed by mistake.
 */
public final class SignInSubject {
    public static final int MAX = 48;
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._-]{1," + MAX + "}");
    /** A whole value of ten digits, with or without the dash after the birth date. */
    private static final Pattern CPR = Pattern.compile("\\d{6}-?\\d{4}");
    /** Ten digits standing on their own inside a text (not part of a longer run of digits). */
    private static final Pattern CPR_IN_TEXT = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");

    private SignInSubject() {
    }

    /** Checks {@code value} as a subject in {@code field}; blank is an error only when {@code required}. */
    public static FieldErrors check(FieldErrors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return errors.when(required, field, "Feltet skal udfyldes.", field + " is required.");
        }
        String v = value.strip();
        if (CPR.matcher(v).matches()) {
            return errors.add(field, "Skriv ikke et CPR-nummer her.",
                    field + " must not hold a CPR number: use the person's sign-in identity.");
        }
        return errors.when(!SUBJECT.matcher(v).matches(), field,
                "Skriv personens log-ind-id (højst " + MAX + " bogstaver, tal, '.', '_' eller '-').",
                field + " must be a sign-in identity: 1 to " + MAX + " letters, digits, '.', '_' or '-'.");
    }

    /** Refuses a CPR number written inside a free text such as a name. */
    public static FieldErrors noCprIn(FieldErrors errors, String field, String value) {
        return errors.when(value != null && CPR_IN_TEXT.matcher(value).find(), field, "Skriv ikke et CPR-nummer her.",
                field + " must not hold a CPR number.");
    }
}
