package dk.livsmester.platform.http;

import dk.livsmester.domain.ContendedException;
import dk.livsmester.domain.DomainException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.AlreadyDecidedException;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlreadyAskedAgainException;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideLoadMismatchException;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchChangedException;

import java.util.Map;

/**
 * The words of the named outcomes, in easy-read Danish and in English: one catalogue at the HTTP edge, so the domain
 * and the stores say what happened and only this says it to people. Outcomes a rule words itself bring their text.
 */
public final class ErrorTexts {
    /** The Danish, definite, for the nouns a {@link NotFoundException} or a {@link StaleStateException} names. */
    private static final Map<String, String> DANISH = Map.ofEntries(Map.entry("application", "ansøgningen"),
            Map.entry("pool", "puljen"), Map.entry("reconciliation", "afstemningen"), Map.entry("guide", "guiden"),
            Map.entry("guide request", "anmodningen"), Map.entry("match", "matchet"), Map.entry("meeting", "mødet"),
            Map.entry("alert", "advarslen"), Map.entry("matching run", "matchningskørslen"),
            Map.entry("citizen", "borgeren"), Map.entry("support relation", "tilknytningen"),
            Map.entry("attachment", "bilaget"), Map.entry("notice", "beskeden"));
    /** Named by a person's sign-in subject: the answer does not repeat it. */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("citizen", "support relation");

    private ErrorTexts() {
    }

    public static Text of(DomainException e) {
        return switch (e) {
            case NotFoundException n when PEOPLE.contains(n.what()) -> Text.of(
                    "Vi kan ikke finde " + DANISH.get(n.what()) + ".", "No such " + n.what() + ".");
            case NotFoundException n -> Text.of("Vi kan ikke finde " + DANISH.getOrDefault(n.what(), n.what()) + " "
                    + n.id() + ".", "No " + n.what() + " with id " + n.id() + ".");
            case StaleStateException s -> Text.of("Der er lige sket en ændring. Hent siden igen.",
                    "The " + s.what() + " was changed by someone else since it was read; reload and try again.");
            case ContendedException c -> Text.of("Der er travlt lige nu. Prøv igen om et øjeblik.",
                    "Too many changes at the same moment; try again.");
            case InsufficientFundsException f -> Text.of(
                    "Der er ikke " + Money.format(f.requestedOre()) + " tilbage i puljen.",
                    "The pool does not have " + Money.formatEn(f.requestedOre()) + " left; nothing was committed.");
            case AlreadyDecidedException d -> Text.of("Ansøgningen er allerede afgjort.",
                    "The application was already decided (" + d.status() + ").");
            case DuplicateReferenceException d -> Text.of("Referencen er allerede brugt med et andet beløb.",
                    "This reference was already used with another amount.");
            case LedgerMismatchException m -> Text.of("Puljen passer ikke med ansøgningen. Kør afstemning.",
                    "The pool's figures do not cover this; run the reconciliation and investigate.");
            case GuideAtCapacityException g -> Text.of("Guiden har ikke plads til flere lige nu.",
                    "The guide has no capacity left (or is not active); pick another candidate.");
            case MatchAlreadyDecidedException m -> Text.of("Matchet er allerede behandlet.",
                    "The match was already approved or changed by someone else.");
            case MatchChangedException m -> Text.of("Matchet er lige blevet ændret. Hent det igen.",
                    "The match or its request was changed by someone else since it was read; reload and try again.");
            case GuideLoadMismatchException g -> Text.of("Guidens antal match passer ikke. Kontakt support.",
                    "The guide's load is already 0 although this match holds a place; nothing was changed.");
            case AlreadyAskedAgainException a -> Text.of("Der er allerede bedt om en ny guide.",
                    a.nextRequestId() == null ? "A new request was already made from this one, or it changed; reload it."
                            : "A new request was already made from this one: " + a.nextRequestId() + ".");
            case AlertChangedException a -> Text.of("Advarslen er lige blevet ændret.",
                    "The alert was changed since it was read; reload the list.");
            default -> e.text() != null ? e.text() : Text.of("Det kunne ikke lade sig gøre.", e.code());
        };
    }
}
