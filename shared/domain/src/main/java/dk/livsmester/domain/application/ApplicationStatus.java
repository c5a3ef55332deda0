package dk.livsmester.domain.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The application's life cycle. Every change goes through {@link #canMoveTo}; anything else is a 409. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, NEEDS_INFO, APPROVED, PARTIALLY_APPROVED, REJECTED, DISBURSED, CLOSED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(DRAFT, SUBMITTED),
            SUBMITTED, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(NEEDS_INFO, APPROVED, PARTIALLY_APPROVED, REJECTED),
            NEEDS_INFO, EnumSet.of(NEEDS_INFO, SUBMITTED),
            APPROVED, EnumSet.of(DISBURSED, CLOSED),
            PARTIALLY_APPROVED, EnumSet.of(DISBURSED, CLOSED),
            REJECTED, EnumSet.of(CLOSED),
            DISBURSED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ApplicationStatus.class));

    public boolean canMoveTo(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Statuses whose requested amount forms the pipeline: shown to finance, never reserved. */
    public static final Set<ApplicationStatus> PIPELINE = EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO);

    public boolean isDecided() {
        return this == APPROVED || this == PARTIALLY_APPROVED || this == REJECTED || this == DISBURSED || this == CLOSED;
    }
}
