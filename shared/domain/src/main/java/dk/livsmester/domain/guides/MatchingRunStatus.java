package dk.livsmester.domain.guides;

public enum MatchingRunStatus {
    REQUESTED, CONTINUING, DONE
}
