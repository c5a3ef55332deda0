package dk.livsmester.domain;

/**
 * Base of every business outcome that is not a success; the HTTP edge maps each subtype to one status. A refusal that
 * a rule words itself (a field's message, an illegal move) carries its {@link Text}; a named outcome (insufficient
 * funds, changed meanwhile, ...) carries only what its words need, and the HTTP edge's catalogue words it.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final Text text;

    /** An outcome worded where it is decided. */
    protected DomainException(String code, Text text) {
        super(code + ": " + text.en());
        this.code = code;
        this.text = text;
    }

    /** A named outcome, worded at the HTTP edge; {@code detail} (ids, no personal data) is for the logs. */
    protected DomainException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
        this.text = null;
    }

    public String code() {
        return code;
    }

    /** The words, or null when the HTTP edge words this outcome. */
    public Text text() {
        return text;
    }
}
