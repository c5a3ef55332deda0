package dk.livsmester.platform.store;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

/** Someone changed the item since it was read: read again and retry, or tell the user. */
public class StaleStateException extends ConflictException {
    public StaleStateException(String what) {
        super("STALE_STATE", Text.of("Der er lige sket en ændring. Hent siden igen.",
                "The " + what + " was changed by someone else since it was read; reload and try again."));
    }
}
