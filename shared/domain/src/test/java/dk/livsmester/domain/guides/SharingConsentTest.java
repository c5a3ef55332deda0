package dk.livsmester.domain.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's choice of what the guide sees: nothing without a yes, a change keeps what it does not name. */
class SharingConsentTest {
    static final Caller CITIZEN = new Caller("citizen-a", "Alma", Role.CITIZEN);
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    static GuideRequest request(Disability d, String needs) {
        return GuideRequest.builder().id("req-1").citizenName("Alma").citizenDisability(d).needs(needs)
                .taskType(TaskType.BUS_TRAINING).area("Vest").createdBy("citizen-a").createdAt(AT).build();
    }

    @Test
    void noChoiceOrNoAnswer_sharesNothing_andOnlyTheFieldsTheRequestHasAreWithheld() {
        SharingConsent none = SharingConsent.first("req-1", null, CITIZEN, AT);
        assertFalse(none.needs() || none.disability());
        assertEquals(1, none.seq());
        assertEquals(List.of("citizen-a", "citizen"), List.of(none.givenBy(), none.givenByRole()));
        SharingConsent half = SharingConsent.first("req-1", new SharingConsent.Choice(true, null), CITIZEN, AT);
        assertTrue(half.needs() && !half.disability(), "an unanswered question is a no");
        assertEquals(List.of("needs", "disability"), SharingConsent.withheld(request(Disability.AUTISM, "Bussen"), null));
        assertEquals(List.of("disability"), SharingConsent.withheld(request(Disability.AUTISM, "Bussen"), half));
        assertEquals(List.of(), SharingConsent.withheld(request(null, "Bussen"), half), "no disability given: none withheld");
    }

    @Test
    void aChangeKeepsWhatItDoesNotName_countsOn_andMustNameSomething() {
        SharingConsent first = SharingConsent.first("req-1", new SharingConsent.Choice(true, false), CITIZEN, AT);
        SharingConsent next = SharingConsent.change("req-1", first, new SharingConsent.Choice(null, true), CITIZEN, AT.plusSeconds(60));
        assertTrue(next.needs() && next.disability());
        assertEquals(2, next.seq());
        assertEquals(1, SharingConsent.change("req-1", null, new SharingConsent.Choice(false, null), CITIZEN, AT).seq(),
                "a request without a recorded choice starts at 1");
        ValidationException e = assertThrows(ValidationException.class,
                () -> SharingConsent.change("req-1", first, new SharingConsent.Choice(null, null), CITIZEN, AT));
        assertEquals("needs", e.errors().get(0).field());
        SharingConsent carried = next.carriedTo("req-2");
        assertEquals(List.of("req-2", 1, true, true, "req-1"),
                List.of(carried.requestId(), carried.seq(), carried.needs(), carried.disability(), carried.carriedFrom()));
    }
}
