package dk.livsmester.domain.guides;

public enum GuideRequestStatus {
    OPEN, PROPOSED, NO_CANDIDATE, MATCHED, NEEDS_INFO, CLOSED
}
