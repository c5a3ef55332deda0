package dk.livsmester.domain;

/** No such thing, or not one the caller may know of. {@code what} is the English noun ("application", "guide"). */
public class NotFoundException extends DomainException {
    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        super("NOT_FOUND", what + " " + id);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
