package dk.livsmester.domain.application;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a grant's follow-ups open: 1 and 3 months after the day of the grant, in the municipality's time zone. The
 * notices, the API's follow-up dates and the refusal of an early answer all ask this one place.
 */
public record FollowUpTiming(AnswerWindow window) {
    private static final String[] DA_MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"};

    /** The first day the milestone may be answered; null when nothing was granted. */
    public LocalDate opensOn(Application a, FollowUp.Milestone m) {
        return a.decidedAt() == null || a.grantedOre() == null || a.grantedOre() == 0 ? null
                : window.dayOf(a.decidedAt()).plusMonths(m.months());
    }

    public boolean isOpen(Application a, FollowUp.Milestone m, Instant now) {
        LocalDate opens = opensOn(a, m);
        return opens != null && !window.dayOf(now).isBefore(opens);
    }

    /** The follow-up recorded, if given at its time; before it, a refusal that names the day it opens. */
    public Application record(Application a, FollowUp f) {
        LocalDate opens = opensOn(a, f.milestone());
        if (opens != null && window.dayOf(f.at()).isBefore(opens)) {
            throw new ConflictException("FOLLOW_UP_NOT_YET", Text.of(
                    "Det er for tidligt at svare. Du kan svare fra den " + opens.getDayOfMonth() + ". "
                            + DA_MONTHS[opens.getMonthValue() - 1] + " " + opens.getYear() + ".",
                    "It is too early to answer. You can answer from " + opens + "."));
        }
        return a.followUp(f);
    }
}
