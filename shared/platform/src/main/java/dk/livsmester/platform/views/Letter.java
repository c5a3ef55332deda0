package dk.livsmester.platform.views;

import java.time.Instant;

/** A letter in the citizen's outbox: a receipt or a decision, in easy-read Danish and in English. */
public record Letter(String key, String kind, String applicationId, long version, String subjectDa, String bodyDa,
                     String subjectEn, String bodyEn, Instant createdAt, Instant emailedAt) {
}
