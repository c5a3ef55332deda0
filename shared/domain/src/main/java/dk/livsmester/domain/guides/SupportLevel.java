package dk.livsmester.domain.guides;

/** How much the guide supports a bus-training session; it fades over the three weeks (docs/domain.md section 3.8). */
public enum SupportLevel {
    TRAVEL_TOGETHER, SIT_APART, FOLLOW_AT_A_DISTANCE, TRAVEL_ALONE
}
