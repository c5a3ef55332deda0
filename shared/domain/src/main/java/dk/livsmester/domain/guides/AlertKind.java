package dk.livsmester.domain.guides;

/** INACTIVE_MATCH: no meeting for the configured number of days. DEBRIEF_DUE: the first meeting was held, no debrief yet. */
public enum AlertKind {
    INACTIVE_MATCH, DEBRIEF_DUE
}
