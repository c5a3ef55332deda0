package dk.livsmester.domain.application;

import java.time.Instant;

/**
 * A letter in the citizen's outbox: a receipt or a decision, in easy-read Danish and in English. {@code key} is the
 * status and version it reports, so each is written once.
 */
public record Letter(String key, String kind, String applicationId, long version, String subjectDa, String bodyDa,
                     String subjectEn, String bodyEn, Instant createdAt, Instant emailedAt) {

    public Letter emailed(Instant at) {
        return new Letter(key, kind, applicationId, version, subjectDa, bodyDa, subjectEn, bodyEn, createdAt, at);
    }
}
