package dk.livsmester.platform.events;

/** The queues events go to, by role rather than URL (the URL is configuration). */
public enum Target {
    REVIEW, NOTIFICATIONS, MATCHING
}
