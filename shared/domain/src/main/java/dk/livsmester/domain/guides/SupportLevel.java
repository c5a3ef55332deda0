package dk.livsmester.domain.guides;

/** How much the guide supports a bus-training session; it fades over the three weeks (domain.md §3.9). */
public enum SupportLevel {
    TRAVEL_TOGETHER, SIT_APART, FOLLOW_AT_A_DISTANCE, TRAVEL_ALONE
}
