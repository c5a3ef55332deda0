package dk.livsmester.domain.application;

/** What the money is for, as finance reports it (domain.md §2.9). */
public enum Category {
    TRANSPORT, ACTIVITIES, EDUCATION, COMMUNITY, ACCOMPANIMENT, EQUIPMENT, SERVICE_DOG, OTHER
}
