package dk.livsmester.retention;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentKind;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.privacy.AttachmentRetention;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.AttachmentStore;
import dk.livsmester.platform.store.CaseArchive;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention run on DynamoDB Local with the default configuration, the clock moved past each period: a refused
 * case is anonymised 60 months after its decision; a closed grant 60 months after the end of its financial year, its
 * export for the archive made first; an open grant waits and says why; a case still being decided is not touched.
 * Exactly that remains, the amounts stay, and the pool still reconciles to zero. The attachments go with their case
 * (records and files, against the local S3 store), a closed case's checked files copied for the archive first.
 */
class RetentionIT {
    static TestStack stack;
    static ApplicationStore applications;
    static PoolStore pools;

    /** A clock the test moves. */
    static final class MovedClock extends Clock {
        Instant now;

        MovedClock(Instant now) {
            this.now = now;
        }

        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        applications = stack.bean(ApplicationStore.class);
        pools = stack.bean(PoolStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static AuditEntry audit(Application before, Application after, Instant at) {
        return new AuditEntry(after.id(), after.version(), TestStack.TEAM.subject(), "team", before.status(), after.status(), at);
    }

    static Decision decision(DecisionOutcome outcome, long granted, Instant at) {
        return new Decision(outcome, granted, List.of("FITS_PURPOSE"), "Begrundelse med borgerens navn", TestStack.TEAM.subject(),
                at, false, null, null, null);
    }

    static LedgerEntry entry(Application a, LedgerEntryType type, String key, long amount, Instant at) {
        return new LedgerEntry(a.poolId(), key, type, a.id(), amount, a.category().name(), a.citizenCentre(),
                TestStack.TEAM.subject(), at, "test");
    }

    static Application rejected(Pool pool, Instant at) {
        Application app = stack.inReview(pool.id(), 100_000);
        Application decided = app.decide(decision(DecisionOutcome.REJECTED, 0, at));
        applications.save(app, decided, List.of(audit(app, decided, at)), List.of());
        return decided;
    }

    static Application granted(Pool pool, long amount, Instant at) {
        Application app = stack.inReview(pool.id(), amount);
        Application decided = app.decide(decision(DecisionOutcome.APPROVED, amount, at));
        pools.grant(app, decided, audit(app, decided, at), entry(app, LedgerEntryType.COMMIT,
                LedgerEntry.commitKey(app.id()), amount, at), List.of());
        return decided;
    }

    /** Pays out part, then closes (the rest goes back to the pool). */
    static Application paidAndClosed(Application app, long paid, Instant at) {
        Application disbursed = app.disburse(paid);
        pools.move(app, disbursed, audit(app, disbursed, at), entry(app, LedgerEntryType.DISBURSE,
                LedgerEntry.movementKey(LedgerEntryType.DISBURSE, app.id(), "pay"), paid, at), List.of());
        Application closed = disbursed.close();
        pools.move(disbursed, closed, audit(disbursed, closed, at), entry(app, LedgerEntryType.RELEASE,
                LedgerEntry.movementKey(LedgerEntryType.RELEASE, app.id(), "CLOSE"), closed.releasedOre() - disbursed.releasedOre(),
                at), List.of());
        return closed;
    }

    static void letterAndNote(Application a, Instant at) {
        applications.putLetterOnce(new Letter("DECIDED", "DECIDED", a.id(), a.version(), "Svar", "Kære Alma", "Answer",
                "Dear Alma", at, null));
        applications.addNote(a.id(), Note.of("Alma ringede", TestStack.TEAM.subject(), at));
    }

    @Test
    void movingTheClock_erasesExactlyWhatTheConfigurationSays_andThePoolStillReconciles() {
        Instant t0 = Instant.parse("2026-03-10T10:00:00Z");
        Pool pool = stack.pool(10_000_000);
        Application refused = rejected(pool, t0);
        letterAndNote(refused, t0);
        Application closed = paidAndClosed(granted(pool, 300_000, t0), 200_000, t0);
        letterAndNote(closed, t0);
        Application open = granted(pool, 400_000, t0);
        Application deciding = stack.inReview(pool.id(), 50_000);

        List<LedgerEntry> ledgerBefore = pools.ledger(pool.id());
        assertEquals(4, ledgerBefore.size(), "two commitments, a payment and a release");
        MovedClock clock = new MovedClock(t0);
        RetentionService service = new RetentionService(applications, pools, stack.bean(CaseArchive.class),
                stack.bean(AttachmentRetention.class), stack.bean(RetentionConfig.class), stack.bean(TimeZoneConfig.class), clock);
        Set<String> mine = Set.of(refused.id(), closed.id(), open.id(), deciding.id());

        RetentionService.Report today = service.run();
        assertTrue(today.anonymised().stream().noneMatch(mine::contains), "nothing of today's is due");

        clock.now = Instant.parse("2031-03-09T10:00:00Z");
        assertTrue(service.run().anonymised().stream().noneMatch(mine::contains), "a day short of 60 months: nothing");

        clock.now = Instant.parse("2031-03-11T10:00:00Z");
        RetentionService.Report refusedDue = service.run();
        assertEquals(Set.of(refused.id()), only(refusedDue.anonymised(), mine), "60 months after the refusal");
        assertTrue(only(refusedDue.archived(), mine).isEmpty(), "a refusal is not archived by default");
        assertTrue(refusedDue.waiting().stream().noneMatch(w -> mine.contains(w.applicationId())),
                "the open grant's time has not come: 60 months from the end of 2026");

        clock.now = Instant.parse("2032-01-02T10:00:00Z");
        RetentionService.Report closedDue = service.run();
        assertEquals(Set.of(closed.id()), only(closedDue.anonymised(), mine));
        assertEquals(Set.of(closed.id()), only(closedDue.archived(), mine), "archived first, as configured");
        RetentionService.Waiting waits = closedDue.waiting().stream().filter(w -> w.applicationId().equals(open.id()))
                .findFirst().orElseThrow();
        assertEquals("OPEN_GRANT", waits.code());
        assertTrue(waits.reason().da().contains("ikke er afsluttet") && waits.reason().en().contains("not settled"));

        // What remains of the refused and the closed case: the amounts and plain facts, nobody.
        for (String id : List.of(refused.id(), closed.id())) {
            Application after = applications.get(id);
            Application before = id.equals(refused.id()) ? refused : closed;
            assertEquals(List.of(), after.applicants());
            assertNull(after.contactPerson());
            assertNull(after.wish());
            assertNull(after.subGoal());
            assertNull(after.citizenSubject());
            assertNull(after.decision().text());
            assertEquals("erased", after.createdBy());
            assertEquals(before.status(), after.status());
            assertEquals(before.requestedOre(), after.requestedOre());
            assertEquals(before.grantedOre(), after.grantedOre());
            assertEquals(before.disbursedOre(), after.disbursedOre());
            assertEquals(before.releasedOre(), after.releasedOre());
            assertEquals(before.category(), after.category());
            assertEquals(List.of(), applications.letters(id));
            assertEquals(List.of(), applications.notes(id));
            List<AuditEntry> trail = applications.audit(id);
            assertTrue(trail.size() >= 4, "the trail keeps its steps");
            assertTrue(trail.stream().noneMatch(e -> e.actor().equals(TestStack.CONTACT.subject())), "no citizen or contact person");
            assertTrue(trail.stream().anyMatch(e -> e.actor().equals(TestStack.TEAM.subject())), "staff acting in office stay");
        }
        CaseArchive.CaseExport export = stack.bean(CaseArchive.class).find(closed.id()).orElseThrow();
        assertEquals("Alma Testesen", export.application().applicants().get(0).name(), "the export is the case as it was");
        assertEquals(1, export.letters().size());
        assertEquals(Set.of(LedgerEntryType.COMMIT, LedgerEntryType.DISBURSE, LedgerEntryType.RELEASE),
                export.ledger().stream().map(LedgerEntry::type).collect(Collectors.toSet()));
        assertTrue(stack.bean(CaseArchive.class).find(refused.id()).isEmpty());

        assertEquals(open, applications.get(open.id()), "the open grant is untouched");
        assertEquals(deciding, applications.get(deciding.id()), "a case being decided is untouched");
        assertEquals(Set.of(open.id(), deciding.id()), applications.byCitizen(TestStack.CITIZEN.subject(), 100, null).items()
                .stream().map(Application::id).filter(mine::contains).collect(Collectors.toSet()),
                "the citizen's own list holds only what is still theirs");

        List<LedgerEntry> ledger = pools.ledger(pool.id());
        assertEquals(ledgerBefore, ledger, "every ledger entry stays as it was");
        Reconciliation r = Reconciliation.of(pools.get(pool.id()), ledger, clock.now);
        assertTrue(r.ok(), String.valueOf(r));
        assertEquals(0, r.driftOre());

        assertTrue(only(service.run().anonymised(), mine).isEmpty(), "a second run finds nothing more to do");
    }

    /** An attachment record and, unless refused, its file in the bucket (as the upload and the check leave them). */
    static Attachment attached(Application a, AttachmentKind kind, boolean ready, Instant at) {
        Attachment announced = Attachment.announce(Ids.newId("att"), a.id(), kind, FileType.PDF, 9, "kvittering-alma.pdf",
                TestStack.CITIZEN.subject(), "citizen", at);
        AttachmentStore store = stack.bean(AttachmentStore.class);
        store.create(announced);
        if (!ready) {
            Attachment refused = announced.refused(dk.livsmester.domain.Text.of("Ikke en PDF", "Not a PDF"), at);
            store.settle(refused);
            return refused;
        }
        String version = stack.aws().s3().putObject(b -> b.bucket(bucket()).key(announced.objectKey()),
                RequestBody.fromString("%PDF-1.7\n")).versionId();
        Attachment checked = announced.ready(version, at);
        store.settle(checked);
        return checked;
    }

    static String bucket() {
        return stack.bean(AttachmentsConfig.class).getBucket();
    }

    static List<String> keys(String prefix) {
        return stack.aws().s3().listObjectsV2(b -> b.bucket(bucket()).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    @Test
    void attachmentsGoWithTheirCase_aClosedCasesCheckedFilesCopiedToTheArchiveFirst_andARerunFindsNothing() {
        Instant t0 = Instant.parse("2026-05-04T10:00:00Z");
        Pool pool = stack.pool(5_000_000);
        Application refused = rejected(pool, t0);
        Attachment refusedQuote = attached(refused, AttachmentKind.QUOTE, true, t0);
        Application closed = paidAndClosed(granted(pool, 300_000, t0), 250_000, t0);
        Attachment receipt = attached(closed, AttachmentKind.RECEIPT, true, t0);
        Attachment badReceipt = attached(closed, AttachmentKind.RECEIPT, false, t0);
        // An object under the case's prefix that no record names (an upload the check has not seen yet) goes too.
        String stray = Attachment.objectKey(closed.id(), Ids.newId("att"));
        stack.aws().s3().putObject(b -> b.bucket(bucket()).key(stray), RequestBody.fromString("%PDF-1.7\n"));
        Application open = granted(pool, 100_000, t0);
        Attachment openQuote = attached(open, AttachmentKind.QUOTE, true, t0);
        AttachmentStore store = stack.bean(AttachmentStore.class);
        List<LedgerEntry> ledgerBefore = pools.ledger(pool.id());

        MovedClock clock = new MovedClock(Instant.parse("2032-01-02T10:00:00Z"));
        RetentionService service = new RetentionService(applications, pools, stack.bean(CaseArchive.class),
                stack.bean(AttachmentRetention.class), stack.bean(RetentionConfig.class), stack.bean(TimeZoneConfig.class), clock);
        Set<String> mine = Set.of(refused.id(), closed.id(), open.id());
        assertEquals(Set.of(refused.id(), closed.id()), only(service.run().anonymised(), mine));

        for (Application erased : List.of(refused, closed)) {
            assertEquals(List.of(), store.of(erased.id()), "the records are gone");
            assertEquals(List.of(), keys("applications/" + erased.id() + "/"), "every file is gone");
        }
        CaseArchive.CaseExport export = stack.bean(CaseArchive.class).find(closed.id()).orElseThrow();
        assertEquals(Set.of(receipt.id(), badReceipt.id()), export.attachments().stream().map(m -> (String) m.get("id"))
                .collect(Collectors.toSet()), "the export lists the case's attachments");
        Map<String, Object> archived = export.attachments().stream().filter(m -> m.get("id").equals(receipt.id()))
                .findFirst().orElseThrow();
        assertEquals("archive/" + receipt.objectKey(), archived.get("archivedAs"));
        assertEquals("kvittering-alma.pdf", archived.get("fileName"), "the export is the case as it was");
        assertEquals("%PDF-1.7\n", stack.aws().s3().getObjectAsBytes(b -> b.bucket(bucket())
                .key("archive/" + receipt.objectKey())).asUtf8String(), "the checked file's copy for the archive");
        assertNull(export.attachments().stream().filter(m -> m.get("id").equals(badReceipt.id())).findFirst()
                .orElseThrow().get("archivedAs"), "a refused file has no bytes to keep");
        assertEquals(List.of(), keys("archive/" + refusedQuote.objectKey()), "a refusal is not archived by default");

        assertEquals(List.of(openQuote.id()), store.of(open.id()).stream().map(Attachment::id).toList(),
                "an open grant keeps its files");
        assertEquals(List.of(openQuote.objectKey()), keys("applications/" + open.id() + "/"));

        // Idempotent: the erasure again (a run that stopped before the case's own transaction), then a whole rerun.
        stack.bean(AttachmentRetention.class).erase(closed.id());
        assertTrue(only(service.run().anonymised(), mine).isEmpty(), "a second run finds nothing more to do");
        assertEquals(List.of("archive/" + receipt.objectKey()), keys("archive/" + receipt.objectKey()));
        assertEquals(ledgerBefore, pools.ledger(pool.id()), "the ledger is as it was");
        Reconciliation r = Reconciliation.of(pools.get(pool.id()), pools.ledger(pool.id()), clock.now);
        assertTrue(r.ok(), String.valueOf(r));
    }

    /** A draft saved at {@code created} and changed again at {@code changed} (its audit trail says when). */
    static Application draft(Pool pool, Instant created, Instant changed) {
        Application draft = Application.create(Ids.newId("app"), TestStack.form(pool.id(), 80_000), TestStack.CONTACT.subject(),
                TestStack.CITIZEN.subject(), created);
        applications.create(draft, List.of(new AuditEntry(draft.id(), 0, TestStack.CONTACT.subject(), "contact-person", null,
                draft.status(), created)), List.of());
        if (changed.equals(created)) {
            return draft;
        }
        Application edited = draft.revise(TestStack.form(pool.id(), 90_000), "contact-person");
        applications.save(draft, edited, List.of(new AuditEntry(draft.id(), edited.version(), TestStack.CONTACT.subject(),
                "contact-person", draft.status(), edited.status(), changed)), List.of());
        return applications.get(draft.id());
    }

    @Test
    void aDraftNeverSent_isAnonymisedSixMonthsAfterItsLastChange_withItsAttachments() {
        Instant t0 = Instant.parse("2026-02-02T10:00:00Z");
        Pool pool = stack.pool(1_000_000);
        Application left = draft(pool, t0, t0);
        Attachment annex = attached(left, AttachmentKind.SUBGOAL_ANNEX, true, t0);
        Application edited = draft(pool, t0, Instant.parse("2026-05-20T10:00:00Z"));
        MovedClock clock = new MovedClock(Instant.parse("2026-08-01T10:00:00Z"));
        RetentionService service = new RetentionService(applications, pools, stack.bean(CaseArchive.class),
                stack.bean(AttachmentRetention.class), stack.bean(RetentionConfig.class), stack.bean(TimeZoneConfig.class), clock);
        Set<String> mine = Set.of(left.id(), edited.id());

        assertTrue(only(service.run().anonymised(), mine).isEmpty(), "a day short of six months: nothing");
        clock.now = Instant.parse("2026-08-03T10:00:00Z");
        assertEquals(Set.of(left.id()), only(service.run().anonymised(), mine), "six months after its last change");
        Application after = applications.get(left.id());
        assertEquals(List.of(), after.applicants());
        assertNull(after.wish());
        assertNull(after.citizenSubject());
        assertEquals("erased", after.createdBy());
        assertEquals(List.of(), stack.bean(AttachmentStore.class).of(left.id()));
        assertEquals(List.of(), keys(annex.objectKey()));
        assertTrue(stack.bean(CaseArchive.class).find(left.id()).isEmpty(), "a draft is no case for the archive");
        assertEquals(edited, applications.get(edited.id()), "the one changed in May waits for its own six months");

        clock.now = Instant.parse("2026-11-21T10:00:00Z");
        assertEquals(Set.of(edited.id()), only(service.run().anonymised(), mine));
        assertTrue(only(service.run().anonymised(), mine).isEmpty(), "a second run finds nothing more to do");
    }

    private static Set<String> only(List<String> ids, Set<String> mine) {
        return ids.stream().filter(mine::contains).collect(Collectors.toSet());
    }
}
