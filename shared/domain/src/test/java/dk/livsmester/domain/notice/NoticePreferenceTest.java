package dk.livsmester.domain.notice;

import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's own notice choice: opt-in, channel and its address, language; an SMS is a title and a link. */
class NoticePreferenceTest {
    final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void withoutOptIn_nothingLeavesTheMailbox() {
        NoticePreference p = new NoticePreference.Form(false, Channel.SMS, "da", null, "+45 12 34 56 78").by("s", now);
        assertEquals(Channel.MAILBOX, p.effectiveChannel());
    }

    @Test
    void aChosenChannel_needsItsAddress_andBadOnesAreRefusedByField() {
        ValidationException sms = assertThrows(ValidationException.class,
                () -> new NoticePreference.Form(true, Channel.SMS, "da", null, null).by("s", now));
        assertTrue(sms.errors().stream().anyMatch(e -> e.field().equals("phone")));
        ValidationException mail = assertThrows(ValidationException.class,
                () -> new NoticePreference.Form(true, Channel.EMAIL, "en", "emil@", null).by("s", now));
        assertTrue(mail.errors().stream().anyMatch(e -> e.field().equals("email")));
        assertThrows(ValidationException.class, () -> new NoticePreference.Form(null, null, null, null, null).by("s", now));
        assertThrows(ValidationException.class, () -> new NoticePreference.Form(false, null, "de", null, null).by("s", now));
        NoticePreference ok = new NoticePreference.Form(true, Channel.SMS, "en", null, "+45 12 34 56 78").by("s", now);
        assertEquals(Channel.SMS, ok.effectiveChannel());
        assertTrue(ok.english());
    }

    @Test
    void anSms_isTheTitleAndTheLinkOnly() {
        Notice n = Notice.of(NoticeKind.FOLLOW_UP_DUE, "app-1#ONE_MONTH", "citizen-1", "app-1", "Hjalp pengene?",
                "Did the money help?", "Alma: din elcykel til 12.000 kr.", "Alma: your e-bike for 12,000 DKK",
                "/follow-up.html?id=app-1&m=ONE_MONTH", now);
        String sms = n.smsText(false, "https://livsmester.example");
        assertEquals("Hjalp pengene? https://livsmester.example/follow-up.html?id=app-1&m=ONE_MONTH", sms);
        assertFalse(sms.contains("Alma") || sms.contains("12.000"));
        assertEquals(Notice.idOf(NoticeKind.FOLLOW_UP_DUE, "app-1#ONE_MONTH", "citizen-1"), n.id());
    }
}
