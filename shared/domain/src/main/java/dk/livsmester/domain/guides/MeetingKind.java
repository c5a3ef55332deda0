package dk.livsmester.domain.guides;

/** The first meeting (facilitated by staff), meetings agreed at it, and the sessions of a bus-training programme. */
public enum MeetingKind {
    FIRST, AGREED, BUS_TRAINING
}
