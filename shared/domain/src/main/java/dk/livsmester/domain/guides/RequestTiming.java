package dk.livsmester.domain.guides;

/** When the guide is wanted relative to the action-plan meeting. */
public enum RequestTiming {
    BEFORE_MEETING, DURING_MEETING, AFTER_MEETING, NOT_LINKED
}
