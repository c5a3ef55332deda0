package dk.livsmester.domain;

/**
 * Someone changed the item since it was read (its version or status moved on): read again and retry, or tell the
 * user. {@code what} is the English noun of what changed.
 */
public class StaleStateException extends ConflictException {
    private final String what;

    public StaleStateException(String what) {
        super("STALE_STATE", what);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
