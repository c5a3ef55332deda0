package dk.livsmester.domain.guides;

public enum MatchStatus {
    PROPOSED, APPROVED, SUPERSEDED, DECLINED, CLOSED
}
