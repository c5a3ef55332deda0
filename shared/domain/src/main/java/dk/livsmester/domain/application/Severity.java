package dk.livsmester.domain.application;

/** BLOCKING: cannot be granted as it stands. ADVISORY: a flag for the team to judge. */
public enum Severity {
    BLOCKING, ADVISORY
}
