package dk.livsmester.domain.application;

/** What the money is for, as finance reports it (docs/domain.md section 2.8). */
public enum Category {
    TRANSPORT, ACTIVITIES, EDUCATION, COMMUNITY, ACCOMPANIMENT, EQUIPMENT, SERVICE_DOG, OTHER
}
