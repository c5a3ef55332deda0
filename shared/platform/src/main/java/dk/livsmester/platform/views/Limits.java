package dk.livsmester.platform.views;

import dk.livsmester.domain.ValidationException;

/** Page sizes: 25 by default, 100 at most. */
public final class Limits {
    private Limits() {
    }

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
