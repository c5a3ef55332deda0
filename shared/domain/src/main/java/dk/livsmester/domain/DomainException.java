package dk.livsmester.domain;

/** Base of every business outcome that is not a success; the HTTP edge maps each subtype to one status. */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final Text text;

    protected DomainException(String code, Text text) {
        super(code + ": " + text.en());
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }
}
