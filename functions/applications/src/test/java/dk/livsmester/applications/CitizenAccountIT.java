package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.domain.privacy.PrivacyNotice;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.store.PrivacyNoticeStore;
import dk.livsmester.platform.store.ReadLogStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's own account on DynamoDB Local: a contact person applies for a citizen they support (and only for
 * one), the citizen signed in as themselves sees it at once and confirms it without a code; staff record an in-person
 * confirmation under their own identity with a reason, audited.
 */
class CitizenAccountIT {
    static TestStack stack;
    static ApplicationService applications;
    static ConsentService consent;
    static SupportService support;
    static Pool pool;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        applications = stack.bean(ApplicationService.class);
        consent = stack.bean(ConsentService.class);
        support = stack.bean(SupportService.class);
        pool = stack.pool(Money.dkk(500_000));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static Caller citizen() {
        return new Caller(Ids.newId("citizen"), "Alma Testesen", Role.CITIZEN);
    }

    private static Caller contact() {
        return new Caller(Ids.newId("contact"), "Kim Kontakt", Role.CONTACT_PERSON);
    }

    private static ApplicationForm formFor(Caller citizen) {
        ApplicationForm f = TestStack.form(pool.id(), Money.dkk(12_000));
        return new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(), f.wish(),
                f.subGoal(), f.category(), f.appliedFor(), f.period(), f.costLines(), f.alreadyFinanced(),
                f.carAccess(), f.extendsApplicationId(), true, citizen == null ? null : citizen.subject());
    }

    private static void link(Caller contact, Caller citizen) {
        support.register(TestStack.TEAM, new SupportRelationForm(contact.subject(), contact.name(), citizen.subject(),
                citizen.name()));
    }

    @Test
    void aContactPersonAppliesForALinkedCitizen_whoSeesItAtOnceAndConfirmsWithoutACode() {
        Caller contact = contact();
        Caller citizen = citizen();
        link(contact, citizen);
        Application app = applications.create(contact, formFor(citizen));
        assertEquals(citizen.subject(), app.citizenSubject());

        List<Application> mine = applications.mine(citizen, 25, null).items();
        assertEquals(List.of(app.id()), mine.stream().map(Application::id).toList(), "in 'Mine ansøgninger' at once");
        assertEquals(app.id(), applications.get(citizen, app.id()).id());
        applications.letters(citizen, app.id()); // their letters too: a 404 would throw

        Application confirmed = consent.consent(citizen, app.id());
        Confirmation mineC = confirmed.confirmations().stream().filter(c -> c.role().equals("citizen")).findFirst().orElseThrow();
        assertEquals(citizen.subject(), mineC.subject());
        assertEquals(Confirmation.ACCOUNT, mineC.method());
        Confirmation theirs = confirmed.confirmations().stream().filter(c -> c.role().equals("contact-person")).findFirst().orElseThrow();
        assertEquals(contact.subject(), theirs.subject(), "recorded apart: who sent it, and who agreed");
        assertEquals(confirmed, consent.consent(citizen, app.id()), "once: a second yes changes nothing");
    }

    @Test
    void anUnlinkedCitizen_getsTheAnswerOfAnUnknownOne_andNothingIsWritten() {
        Caller contact = contact();
        Caller stranger = citizen();
        NotFoundException e = assertThrows(NotFoundException.class, () -> applications.create(contact, formFor(stranger)));
        assertEquals("NOT_FOUND", e.code());
        assertEquals(List.of(), applications.mine(stranger, 25, null).items());
        assertEquals(List.of(), applications.mine(contact, 25, null).items());
    }

    @Test
    void anotherCitizen_cannotSeeOrConfirmIt() {
        Caller contact = contact();
        Caller citizen = citizen();
        link(contact, citizen);
        Application app = applications.create(contact, formFor(citizen));
        Caller other = citizen();
        assertThrows(NotFoundException.class, () -> applications.get(other, app.id()));
        assertThrows(NotFoundException.class, () -> consent.consent(other, app.id()));
    }

    @Test
    void aCitizenStartsTheirOwn_andSendingItIsTheirConfirmation() {
        Caller citizen = citizen();
        Application own = applications.create(citizen, formFor(null));
        assertEquals(citizen.subject(), own.citizenSubject());
        assertTrue(own.confirmedBy("citizen"));
        assertEquals(List.of(own.id()), applications.mine(citizen, 25, null).items().stream().map(Application::id).toList());
    }

    @Test
    void staffRecordAnInPersonConfirmation_underTheirOwnIdentityWithAReason_audited() {
        Caller contact = contact();
        Caller citizen = citizen();
        link(contact, citizen);
        Application app = applications.create(contact, formFor(citizen));
        ValidationException noReason = assertThrows(ValidationException.class, () -> consent.inPerson(TestStack.TEAM, app.id(), " "));
        assertEquals("reason", noReason.errors().get(0).field());
        assertThrows(dk.livsmester.domain.ForbiddenException.class, () -> consent.inPerson(contact, app.id(), "Mødte op"));

        Application confirmed = consent.inPerson(TestStack.TEAM, app.id(), "Borgeren har ikke MitID; bekræftede på mødet");
        Confirmation c = confirmed.confirmations().stream().filter(x -> x.role().equals("citizen")).findFirst().orElseThrow();
        assertEquals(Confirmation.IN_PERSON, c.method());
        assertEquals(TestStack.TEAM.subject(), c.recordedBy());
        assertEquals(citizen.subject(), c.subject());
        assertEquals("Borgeren har ikke MitID; bekræftede på mødet", c.reason());
        List<AuditEntry> audit = stack.bean(ApplicationStore.class).audit(app.id());
        AuditEntry last = audit.get(audit.size() - 1);
        assertEquals(TestStack.TEAM.subject(), last.actor());
        assertEquals(confirmed.version(), last.version());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> consent.inPerson(TestStack.TEAM, app.id(), "igen"));
        assertEquals("CITIZEN_CONFIRMED", twice.code());
    }

    @Test
    void aDraftCannotBeConfirmedYet() {
        Caller contact = contact();
        Caller citizen = citizen();
        link(contact, citizen);
        ApplicationForm f = formFor(citizen);
        Application draft = applications.create(contact, new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(),
                f.citizenCentre(), f.wish(), f.subGoal(), f.category(), f.appliedFor(), f.period(), f.costLines(),
                f.alreadyFinanced(), f.carAccess(), null, false, citizen.subject()));
        assertEquals("NOT_CONFIRMABLE", assertThrows(ConflictException.class, () -> consent.consent(citizen, draft.id())).code());
        assertNull(applications.get(citizen, draft.id()).decision());
    }

    @Test
    void supportRelationsHoldNoCprNumber() {
        ValidationException e = assertThrows(ValidationException.class, () -> support.register(TestStack.TEAM,
                new SupportRelationForm("contact-x", "Kim", "010203-1234", "Alma")));
        assertEquals("citizenSubject", e.errors().get(0).field());
    }

    @Test
    void theCodeConfirmsAsTheNamedCitizenOnly_notAnyCitizenLoginThatHoldsIt() {
        Caller contact = contact();
        Caller citizen = citizen();
        link(contact, citizen);
        Application app = applications.create(contact, formFor(citizen));
        // The contact person knows the code; their own private citizen login must not count as the citizen's yes.
        Caller contactsOwnLogin = citizen();
        assertThrows(NotFoundException.class, () -> applications.confirm(contactsOwnLogin, app.id(), app.confirmationCode()));
        assertTrue(!stack.bean(ApplicationStore.class).get(app.id()).confirmedBy("citizen"));
        assertTrue(applications.confirm(citizen, app.id(), app.confirmationCode()).confirmedBy("citizen"));
    }

    @Test
    void anAdministratorsOwnList_isInTheReadLog_theCitizensIsNot() {
        Caller admin = new Caller(Ids.newId("admin"), "Ada Admin", Role.ADMIN);
        Caller citizen = citizen();
        Application made = applications.create(admin, formFor(null));
        Application own = applications.create(citizen, formFor(null));
        assertEquals(List.of(made.id()), applications.mine(admin, 25, null).items().stream().map(Application::id).toList());
        assertEquals(List.of(own.id()), applications.mine(citizen, 25, null).items().stream().map(Application::id).toList());
        ReadLogStore log = stack.bean(ReadLogStore.class);
        java.time.Instant from = java.time.Instant.now().minusSeconds(3600);
        java.time.Instant to = java.time.Instant.now().plusSeconds(60);
        assertEquals(List.of("GET /api/applications?mine=true application#" + made.id()),
                log.search(new ReadLogStore.Search(ReadLogStore.By.STAFF, admin.subject(), from, to), 10, null).items()
                        .stream().map(e -> e.route() + " " + e.record()).toList());
        assertEquals(List.of(), log.search(new ReadLogStore.Search(ReadLogStore.By.STAFF, citizen.subject(), from, to),
                10, null).items(), "the citizen's own reads are not logged");
    }

    @Test
    void theTeamsFetchOnACitizensBehalf_refusesACprNumberTypedAsTheSubject_andLogsNothing() {
        Caller team = new Caller(Ids.newId("team"), "Tea Team", Role.TEAM);
        ValidationException e = assertThrows(ValidationException.class,
                () -> stack.bean(CitizenDataService.class).onBehalf(team, "010203-1234"));
        assertEquals("subject", e.errors().get(0).field());
        assertTrue(e.errors().get(0).en().contains("CPR"), e.errors().get(0).en());
        assertEquals(List.of(), stack.bean(ReadLogStore.class).search(new ReadLogStore.Search(ReadLogStore.By.STAFF,
                team.subject(), java.time.Instant.now().minusSeconds(3600), java.time.Instant.now().plusSeconds(60)),
                10, null).items(), "nothing of the number is kept in the read log");
        Caller citizen = citizen();
        assertEquals(citizen.subject(), stack.bean(CitizenDataService.class).onBehalf(team, citizen.subject())
                .get("citizenSubject"), "a sign-in subject is fetched as before");
    }

    static Notice noticeTo(String recipient, int n) {
        return Notice.of(NoticeKind.LETTER, "app-" + n + "#SUBMITTED", recipient, "app-" + n, "Brev " + n, "Letter " + n,
                "Du har fået brev " + n + ".", "You have letter " + n + ".", "/status.html?id=app-" + n,
                Instant.parse("2026-06-01T08:00:00Z").plusSeconds(60L * n));
    }

    /**
     * What NoticesTable holds about the citizen is in their copy, and in the team's fetch for them: each version of
     * the privacy notice they read and when, their notice preference with its address, and every notice in their
     * mailbox (more than one page of the store's) with its texts and delivery; nothing of another person's.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheAcknowledgements_thePreference_andEveryNoticeOfTheirMailbox_noneOfAnothers() {
        Caller citizen = citizen();
        Caller other = citizen();
        PrivacyNoticeStore privacy = stack.bean(PrivacyNoticeStore.class);
        NoticeStore notices = stack.bean(NoticeStore.class);
        Instant read = Instant.parse("2026-05-01T10:00:00Z");
        privacy.acknowledge(new PrivacyNotice.Acknowledgement(citizen.subject(), "citizen", "2026-05-01", read));
        privacy.acknowledge(new PrivacyNotice.Acknowledgement(citizen.subject(), "citizen", PrivacyNotice.VERSION,
                read.plusSeconds(86_400 * 30)));
        privacy.acknowledge(new PrivacyNotice.Acknowledgement(other.subject(), "citizen", PrivacyNotice.VERSION, read));
        notices.savePreference(new NoticePreference.Form(true, Channel.SMS, "en", null, "+45 12 34 56 78")
                .by(citizen.subject(), read));
        notices.savePreference(new NoticePreference.Form(true, Channel.EMAIL, "da", "other@example.org", null)
                .by(other.subject(), read));
        int count = CitizenDataService.PAGE + 3;
        for (int n = 0; n < count; n++) {
            Notice mine = noticeTo(citizen.subject(), n);
            notices.putOnce(n == 0 ? mine.via(Channel.SMS).sent(mine.createdAt().plusSeconds(5)) : mine);
        }
        notices.putOnce(noticeTo(other.subject(), 999));

        Map<String, Object> data = stack.bean(CitizenDataService.class).own(citizen);
        List<PrivacyNotice.Acknowledgement> acks =
                (List<PrivacyNotice.Acknowledgement>) data.get("privacyNoticeAcknowledgements");
        assertEquals(List.of("2026-05-01", PrivacyNotice.VERSION), acks.stream().map(PrivacyNotice.Acknowledgement::version).toList());
        assertEquals(read, acks.get(0).at());
        Map<String, Object> pref = (Map<String, Object>) data.get("noticePreference");
        assertEquals(Channel.SMS, pref.get("channel"));
        assertEquals(Channel.SMS, pref.get("effectiveChannel"));
        assertEquals("+45 12 34 56 78", pref.get("phone"), "their own number: it is their personal data");
        assertNull(pref.get("email"));
        List<Map<String, Object>> mailbox = (List<Map<String, Object>>) data.get("notices");
        assertEquals(count, mailbox.size(), "every page of the mailbox, not only the latest");
        assertEquals("Letter " + (count - 1), mailbox.get(0).get("titleEn"), "newest first");
        Map<String, Object> oldest = mailbox.get(count - 1);
        assertEquals(List.of("kind", "titleDa", "titleEn", "bodyDa", "bodyEn", "link", "createdAt", "sentAt", "channel",
                "status"), List.copyOf(oldest.keySet()));
        assertEquals(NoticeKind.LETTER, oldest.get("kind"));
        assertEquals("Brev 0", oldest.get("titleDa"));
        assertEquals("Du har fået brev 0.", oldest.get("bodyDa"));
        assertEquals("/status.html?id=app-0", oldest.get("link"));
        assertEquals(Channel.SMS, oldest.get("channel"));
        assertEquals(Notice.Status.SENT, oldest.get("status"));
        assertEquals(Instant.parse("2026-06-01T08:00:05Z"), oldest.get("sentAt"));
        assertTrue(mailbox.stream().noneMatch(n -> "Letter 999".equals(n.get("titleEn"))), "not another's notice");

        Map<String, Object> fetched = stack.bean(CitizenDataService.class).onBehalf(TestStack.TEAM, citizen.subject());
        assertEquals(count, ((List<?>) fetched.get("notices")).size(), "the team's fetch for them holds the same");
        assertEquals(pref, fetched.get("noticePreference"));
        assertEquals(List.of(CitizenDataService.ROUTE_ON_BEHALF), stack.bean(ReadLogStore.class).search(
                new ReadLogStore.Search(ReadLogStore.By.CITIZEN, citizen.subject(), Instant.now().minusSeconds(3600),
                        Instant.now().plusSeconds(60)), 10, null).items().stream().map(e -> e.route()).toList(),
                "the fetch on their behalf is in the read log, their own is not");
        Map<String, Object> none = stack.bean(CitizenDataService.class).own(citizen());
        assertEquals(List.of(), none.get("privacyNoticeAcknowledgements"));
        assertNull(none.get("noticePreference"), "no choice made: none held");
        assertEquals(List.of(), none.get("notices"));
    }
}
