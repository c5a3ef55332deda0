package dk.livsmester.platform.http;

import dk.livsmester.domain.FieldError;

import java.util.List;

/**
 * Every error the API returns: a code to script against, the message in English and Danish, and one entry per
 * invalid field.
 */
public record ErrorBody(String code, String message, String messageDa, List<FieldError> errors) {
    public static ErrorBody of(String code, String da, String en) {
        return new ErrorBody(code, en, da, List.of());
    }
}
