package dk.livsmester.domain.application;

import dk.livsmester.domain.FieldErrors;

import java.time.Instant;

/** The citizen's answer 1 or 3 months after a grant, as sent. */
public record FollowUpForm(FollowUp.Milestone milestone, FollowUp.Answer answer, String note) {
    public static final int NOTE_MAX = 1000;

    /** The follow-up, once every field is valid. */
    public FollowUp answeredBy(String by, Instant at) {
        new FieldErrors()
                .when(milestone == null, "milestone", "Vælg 1 eller 3 måneder.", "milestone: ONE_MONTH or THREE_MONTHS.")
                .when(answer == null, "answer", "Vælg et svar.", "answer: HELPED, HELPED_A_LITTLE or DID_NOT_HELP.")
                .when(note != null && note.length() > NOTE_MAX, "note", "Højst " + NOTE_MAX + " tegn.",
                        "note: at most " + NOTE_MAX + " characters.")
                .throwIfAny();
        return new FollowUp(milestone, answer, note, by, at);
    }
}
