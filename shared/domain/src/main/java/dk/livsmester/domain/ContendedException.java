package dk.livsmester.domain;

/** Too many changes to the same items at once: the write lost every retry (or a read kept changing). Try again. */
public class ContendedException extends ConflictException {
    public ContendedException(String what) {
        super("CONTENDED", what);
    }
}
