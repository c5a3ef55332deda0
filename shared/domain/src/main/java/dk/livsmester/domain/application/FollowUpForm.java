package dk.livsmester.domain.application;

import dk.livsmester.domain.FieldErrors;

import java.time.Instant;

/** The citizen's answer 1 or 3 months after a grant, as sent; {@code ruler} is their 1–10 against the sub-goal. */
public record FollowUpForm(FollowUp.Milestone milestone, FollowUp.Answer answer, String note, Integer ruler) {
    public static final int NOTE_MAX = 1000;

    public FollowUpForm(FollowUp.Milestone milestone, FollowUp.Answer answer, String note) {
        this(milestone, answer, note, null);
    }

    /** The follow-up, once every field is valid. */
    public FollowUp answeredBy(String by, Instant at) {
        new FieldErrors()
                .when(milestone == null, "milestone", "Vælg 1 eller 3 måneder.", "milestone: ONE_MONTH or THREE_MONTHS.")
                .when(answer == null, "answer", "Vælg et svar.", "answer: HELPED, HELPED_A_LITTLE or DID_NOT_HELP.")
                .when(note != null && note.length() > NOTE_MAX, "note", "Højst " + NOTE_MAX + " tegn.",
                        "note: at most " + NOTE_MAX + " characters.")
                .when(ruler != null && (ruler < 1 || ruler > 10), "ruler", "Vælg et tal fra 1 til 10.",
                        "ruler: a whole number from 1 to 10.")
                .throwIfAny();
        return new FollowUp(milestone, answer, note, by, at, ruler);
    }
}
