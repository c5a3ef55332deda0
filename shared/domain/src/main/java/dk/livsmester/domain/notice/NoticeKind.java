package dk.livsmester.domain.notice;

/** Every notice the system sends; who gets it and when is listed in docs/architecture.md ("Notices"). */
public enum NoticeKind {
    /** A letter (receipt, decision, question) was written: to the citizen and the contact person. */
    LETTER,
    /** Day 10 of the 14-day promise and no decision yet: to the team. */
    DEADLINE_REMINDER,
    /** The 14-day promise is broken: to the team and the coordinator. */
    DEADLINE_BREACH,
    /** A follow-up (1 or 3 months after a grant) is due: to the citizen and the contact person. */
    FOLLOW_UP_DUE,
    /** The coordinator approved a proposal: to the guide, asking for their yes. */
    MATCH_PROPOSED,
    /** A guide said yes: to the staff member who asked for the guide. */
    MATCH_MADE,
    /** A meeting was planned: to the guide, the citizen and the one who asked. */
    MEETING_PLANNED,
    /** The follow-up run raised an alert about a match: to the coordinator. */
    COORDINATOR_ALERT
}
