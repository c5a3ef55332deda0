package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mailbox and the settings on DynamoDB Local: each reads their own; staff also their role's; a notice once. */
class MailboxIT {
    static TestStack stack;
    static NoticeStore store;
    static MailboxService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(NoticeStore.class);
        service = stack.bean(MailboxService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Notice notice(String cause, String to) {
        return Notice.of(NoticeKind.DEADLINE_REMINDER, cause, to, "app-x", "Påmindelse", "Reminder", "b", "b",
                "/review.html?id=app-x", Instant.now());
    }

    @Test
    void aNoticeIsWrittenOnce_andEachReadsTheirOwnMailbox_staffAlsoTheirRoles() {
        Notice mine = notice("mine-" + System.nanoTime(), TestStack.CITIZEN.subject());
        assertTrue(store.putOnce(mine));
        assertFalse(store.putOnce(mine), "the same id: not written again");
        Notice team = notice("team-" + System.nanoTime(), "role:team");
        store.putOnce(team);

        List<String> citizens = service.mailbox(TestStack.CITIZEN).stream().map(Notice::id).toList();
        assertTrue(citizens.contains(mine.id()));
        assertFalse(citizens.contains(team.id()), "not the team's");
        List<String> teams = service.mailbox(TestStack.TEAM).stream().map(Notice::id).toList();
        assertTrue(teams.contains(team.id()));
        assertFalse(teams.contains(mine.id()), "not the citizen's");
        assertFalse(service.mailbox(TestStack.COORDINATOR).stream().anyMatch(n -> n.id().equals(team.id())));
    }

    @Test
    void aMarkSentOnAStaleCopy_recordsNothing() {
        Notice n = notice("stale-" + System.nanoTime(), "someone");
        store.putOnce(n);
        assertTrue(store.markSent(n, n.sent(Instant.now())));
        assertFalse(store.markSent(n, n.sent(Instant.now())), "already recorded by another delivery");
        assertEquals(Notice.Status.SENT, store.find(n.id()).orElseThrow().status());
    }

    @Test
    void thePreference_isOneselfs_defaultsToTheMailbox_andIsChecked() {
        Caller anna = new Caller("pref-" + System.nanoTime(), "Anna", Role.CITIZEN);
        assertEquals(Channel.MAILBOX, service.preference(anna).effectiveChannel());
        assertThrows(ValidationException.class, () -> service.savePreference(anna,
                new NoticePreference.Form(true, Channel.EMAIL, "da", null, null)));
        service.savePreference(anna, new NoticePreference.Form(true, Channel.EMAIL, "en", "anna@example.org", null));
        NoticePreference p = service.preference(anna);
        assertEquals(Channel.EMAIL, p.effectiveChannel());
        assertEquals("anna@example.org", p.email());
        assertEquals(anna.subject(), p.subject());
    }

    @Test
    void theBreachList_isForStaff() {
        assertThrows(ForbiddenException.class, () -> service.breaches(TestStack.CITIZEN));
        assertTrue(service.breaches(TestStack.TEAM).stream().allMatch(b -> b.daysLate() >= 1));
    }
}
