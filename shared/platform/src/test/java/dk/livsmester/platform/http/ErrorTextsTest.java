package dk.livsmester.platform.http;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ContendedException;
import dk.livsmester.domain.DomainException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.AlreadyDecidedException;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlreadyAskedAgainException;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideLoadMismatchException;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchChangedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every named outcome has its words at the edge, in both languages; a rule's own words pass through. */
class ErrorTextsTest {

    @Test
    void everyNamedOutcome_isWordedInDanishAndEnglish_andCarriesNoTextOfItsOwn() {
        List<DomainException> named = List.of(new NotFoundException("application", "app-1"),
                new StaleStateException("guide"), new ContendedException("grant"), new InsufficientFundsException(1_200_000),
                new AlreadyDecidedException("app-1", ApplicationStatus.APPROVED), new DuplicateReferenceException("k"),
                new LedgerMismatchException("p", "a"), new GuideAtCapacityException("g"),
                new MatchAlreadyDecidedException("m"), new MatchChangedException("m"), new GuideLoadMismatchException("g"),
                new AlreadyAskedAgainException("r", "r2"), new AlertChangedException("a"));
        for (DomainException e : named) {
            assertNull(e.text(), e.code() + " is worded at the edge, not where it is thrown");
            Text t = ErrorTexts.of(e);
            assertFalse(t.da().isBlank() || t.en().isBlank(), e.code());
            assertFalse(t.en().equals(e.code()), e.code() + " falls through to the fallback");
        }
    }

    @Test
    void theWordsNameWhatTheOutcomeCarries() {
        assertEquals("Der er ikke 12.000 kr. tilbage i puljen.", ErrorTexts.of(new InsufficientFundsException(1_200_000)).da());
        assertTrue(ErrorTexts.of(new InsufficientFundsException(1_200_000)).en().contains("DKK 12,000"));
        assertEquals("Vi kan ikke finde ansøgningen app-1.", ErrorTexts.of(new NotFoundException("application", "app-1")).da());
        assertEquals("No application with id app-1.", ErrorTexts.of(new NotFoundException("application", "app-1")).en());
        assertTrue(ErrorTexts.of(new AlreadyAskedAgainException("r", "r2")).en().contains("r2"));
        // A person is named by their sign-in subject: said in Danish, and not repeated back.
        assertEquals("Vi kan ikke finde borgeren.", ErrorTexts.of(new NotFoundException("citizen", "citizen-emil")).da());
        assertEquals("No such support relation.", ErrorTexts.of(new NotFoundException("support relation", "a~b")).en());
        // The nouns the services and stores name have Danish words: no English noun in the Danish answer.
        assertEquals("Vi kan ikke finde bilaget att-1.", ErrorTexts.of(new NotFoundException("attachment", "att-1")).da());
        assertEquals("Vi kan ikke finde beskeden n-1.", ErrorTexts.of(new NotFoundException("notice", "n-1")).da());
    }

    @Test
    void aRuleThatWordsItsOwnRefusal_keepsItsWords() {
        Text own = Text.of("Ansøgningen kan ikke ændres nu.", "Only a draft can be changed.");
        assertEquals(own, ErrorTexts.of(new ConflictException("NOT_EDITABLE", own)));
    }
}
