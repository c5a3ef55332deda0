package dk.livsmester.domain.support;

/** A support relation is active until staff end it. */
public enum SupportStatus {
    ACTIVE, ENDED
}
