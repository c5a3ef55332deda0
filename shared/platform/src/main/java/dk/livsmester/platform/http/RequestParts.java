package dk.livsmester.platform.http;

import dk.livsmester.domain.ValidationException;

import java.util.Arrays;

/** The parts of a request every controller binds the same way: a required body, a status filter, a page size. */
public final class RequestParts {
    private RequestParts() {
    }

    /** @param what what the body is, in English ("the application") */
    public static <T> T body(T body, String what) {
        if (body == null) {
            throw ValidationException.single("body", "Indholdet mangler. Udfyld og send igen.",
                    "The request body (" + what + ") is required.");
        }
        return body;
    }

    /** A {@code status} query value as one of the enum's constants; {@code fallback} when absent (null: required). */
    public static <E extends Enum<E>> E status(String value, Class<E> type, E fallback) {
        String allowed = Arrays.toString(type.getEnumConstants());
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw ValidationException.single("status", "Vælg en status.",
                    "The status query parameter is required: one of " + allowed + ".");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ValidationException.single("status", "Ukendt status.", "Unknown status; use one of " + allowed + ".");
        }
    }

    /** Page sizes: 25 by default, 100 at most. */
    public static int pageSize(Integer requested) {
        if (requested == null) {
            return 25;
        }
        if (requested < 1 || requested > 100) {
            throw ValidationException.single("limit", "Vælg mellem 1 og 100 pr. side.", "limit must be from 1 to 100.");
        }
        return requested;
    }
}
