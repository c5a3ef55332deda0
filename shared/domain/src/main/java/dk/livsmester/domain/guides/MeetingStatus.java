package dk.livsmester.domain.guides;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
