package dk.livsmester.domain.guides;

/** OPEN until the coordinator acknowledges it or the follow-up run sees the cause gone (RESOLVED). */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
