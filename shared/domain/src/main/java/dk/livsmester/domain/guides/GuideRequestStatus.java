package dk.livsmester.domain.guides;

/** CLOSED: its match ended. WITHDRAWN: the citizen (or who asked with them) no longer wanted a guide, before a match. */
public enum GuideRequestStatus {
    OPEN, PROPOSED, NO_CANDIDATE, MATCHED, NEEDS_INFO, CLOSED, WITHDRAWN
}
