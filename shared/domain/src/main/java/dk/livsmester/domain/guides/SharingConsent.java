package dk.livsmester.domain.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the citizen chose to let the guide of a request see, beyond what every guide needs to help (first name, area,
 * times): the needs text and the disability. Each choice is kept, numbered from 1 ({@code seq}), with who made it,
 * in which role and when; the latest one counts, and without one nothing optional is shared. The coordinator and the
 * matcher see the request whole, whatever the choice (the matcher scores with the disability; the guide never sees
 * the score).
 */
public record SharingConsent(String requestId, int seq, boolean needs, boolean disability, String givenBy,
                             String givenByRole, Instant givenAt, String carriedFrom) {
    /** The field names of what a choice covers, as the guide's view lists what it withholds. */
    public static final String NEEDS = "needs";
    public static final String DISABILITY = "disability";

    /** The choice as the wizard or the citizen's page sends it; null: no (when asked first) or unchanged (later). */
    public record Choice(Boolean needs, Boolean disability) {
    }

    /** The first choice, made with the request (a missing choice shares nothing). */
    public static SharingConsent first(String requestId, Choice choice, Caller by, Instant at) {
        Choice c = choice == null ? new Choice(false, false) : choice;
        return new SharingConsent(requestId, 1, Boolean.TRUE.equals(c.needs()), Boolean.TRUE.equals(c.disability()),
                by.subject(), by.role().wireName(), at, null);
    }

    /** The same choice, no longer saying which (erased) request it came from. */
    public SharingConsent forgetOrigin() {
        return new SharingConsent(requestId, seq, needs, disability, givenBy, givenByRole, givenAt, null);
    }

    /** A new request asked again after a closed one keeps the citizen's last choice, and says where it came from. */
    public SharingConsent carriedTo(String newRequestId) {
        return new SharingConsent(newRequestId, 1, needs, disability, givenBy, givenByRole, givenAt, requestId);
    }

    /**
     * The citizen changes their mind: what the choice names changes, the rest stays; a choice naming nothing is a 400.
     * {@code current} null: the request has no choice recorded yet (nothing shared so far).
     */
    public static SharingConsent change(String requestId, SharingConsent current, Choice choice, Caller by, Instant at) {
        if (choice == null || (choice.needs() == null && choice.disability() == null)) {
            throw ValidationException.single(NEEDS, "Vælg ja eller nej til, hvad guiden må se.",
                    "needs or disability: say true or false for what the guide may see.");
        }
        boolean n = choice.needs() != null ? choice.needs() : current != null && current.needs();
        boolean d = choice.disability() != null ? choice.disability() : current != null && current.disability();
        return new SharingConsent(requestId, current == null ? 1 : current.seq() + 1, n, d, by.subject(),
                by.role().wireName(), at, null);
    }

    /** What of the request this choice keeps from its guide: the optional fields the request has and were not shared. */
    public static List<String> withheld(GuideRequest q, SharingConsent c) {
        List<String> out = new ArrayList<>();
        if (q.needs() != null && (c == null || !c.needs())) {
            out.add(NEEDS);
        }
        if (q.citizenDisability() != null && (c == null || !c.disability())) {
            out.add(DISABILITY);
        }
        return out;
    }
}
