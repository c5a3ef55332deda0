package dk.livsmester.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.livsmester.domain.FieldError;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body that could not be bound, as a 400 (F8): the field's JSON path ({@code costLines[0].amountOre}) and
 * the rule it broke, in Danish and English. Never Jackson's message: it names Java classes and quotes the value sent.
 */
public final class BindingErrors {
    private BindingErrors() {
    }

    public static ErrorBody of(Throwable e) {
        if (e instanceof ConversionErrorException c) {
            return of(e, c.getArgument().getName(), c.getArgument().getType());
        }
        if (e instanceof UnsatisfiedArgumentException u) {
            return body(new FieldError(safe(u.getArgument().getName()), "Skal udfyldes.", "Is required."));
        }
        return of(e, null, null);
    }

    /** As {@link #of(Throwable)}; a value that is not JSON (a path or query value) is named by its parameter. */
    public static ErrorBody of(Throwable e, String parameter, Class<?> parameterType) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return body(new FieldError("body", "Indholdet er for stort eller for dybt.",
                        "The body is too large or too deeply nested."));
            }
            if (t instanceof JsonParseException) {
                return body(new FieldError("body", "Indholdet er ikke gyldig JSON.", "The body is not valid JSON."));
            }
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                Class<?> target = m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
                return body(rule(path(m.getPath()), target));
            }
        }
        if (parameter != null) {
            return body(rule(safe(parameter), parameterType));
        }
        return body(new FieldError("body", "Indholdet har ikke den rigtige form.",
                "The body does not have the expected shape: an object with the documented fields."));
    }

    private static ErrorBody body(FieldError error) {
        return new ErrorBody("INVALID_JSON", "The request could not be read: see errors for the field.",
                "Forespørgslen kunne ikke læses. Se feltet, der skal rettes.", List.of(error));
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(safe(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "body" : s.toString();
    }

    /** A field's name as sent may be anything: only a name of the kind our bodies have is repeated. */
    private static String safe(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9]{0,40}") ? name : "?";
    }

    static FieldError rule(String field, Class<?> type) {
        if (type == null) {
            return new FieldError(field, "Feltet har en forkert type.", "The field has the wrong type.");
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return new FieldError(field, "Skal være et helt tal uden komma og uden anførselstegn.",
                    "Must be a whole number: no decimals, no quotes.");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return new FieldError(field, "Skal være et tal uden anførselstegn.", "Must be a number, without quotes.");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new FieldError(field, "Skal være true eller false.", "Must be true or false.");
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return new FieldError(field, "Skal være tekst i anførselstegn.", "Must be text (a JSON string).");
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return new FieldError(field, "Skal være en af: " + allowed + ".", "Must be one of: " + allowed + ".");
        }
        if (type == LocalDate.class) {
            return new FieldError(field, "Skal være en dato som ÅÅÅÅ-MM-DD.", "Must be a date as YYYY-MM-DD.");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return new FieldError(field, "Skal være et tidspunkt som 2026-03-01T10:00:00Z.",
                    "Must be a time as 2026-03-01T10:00:00Z.");
        }
        if (type == LocalTime.class) {
            return new FieldError(field, "Skal være et klokkeslæt som TT:MM.", "Must be a time of day as HH:MM.");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new FieldError(field, "Skal være en liste.", "Must be a list (a JSON array).");
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return new FieldError(field, "Skal være et objekt med felter.", "Must be an object (a JSON object).");
        }
        return new FieldError(field, "Feltet har en forkert type.", "The field has the wrong type.");
    }
}
