package dk.livsmester.domain;

/** The request is valid but the current state does not allow it (HTTP 409). The code names the outcome. */
public class ConflictException extends DomainException {
    public ConflictException(String code, Text text) {
        super(code, text);
    }

    /** A named conflict, worded at the HTTP edge. */
    protected ConflictException(String code, String detail) {
        super(code, detail);
    }
}
