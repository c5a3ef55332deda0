package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchChangedException;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Enhanced Client path on DynamoDB Local: a refused conditional put and a cancelled transaction each end in their
 * named domain exception with nothing written, a write-once child is refused the second time, and an index is paged
 * and counted through the static schemas.
 */
class EnhancedItemsIT {
    static TestStack stack;
    static GuideStore guides;
    static GuideRequestStore requests;
    static MatchStore matches;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guides = stack.bean(GuideStore.class);
        requests = stack.bean(GuideRequestStore.class);
        matches = stack.bean(MatchStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aConditionalPutOfAStaleMatch_isMatchChanged_andTheStoredMatchStays() {
        Guide g = Guides.guide(guides, TaskType.IT, Disability.AUTISM, "Nord", 2);
        Match m = Guides.proposed(requests, matches, g, TaskType.IT);
        Match superseded = m.supersede();
        matches.update(m, superseded);
        assertThrows(MatchChangedException.class, () -> matches.update(m, m.supersede()));
        assertEquals(superseded.version(), matches.get(m.id()).version());
    }

    @Test
    void aTransactionThatFindsTheGuideFull_isGuideAtCapacity_andWritesNoStep() {
        Guide g = Guides.guide(guides, TaskType.IT, Disability.AUTISM, "Syd", 1);
        Match first = Guides.proposed(requests, matches, g, TaskType.IT);
        Match second = Guides.proposed(requests, matches, g, TaskType.IT);
        approve(first);
        assertThrows(GuideAtCapacityException.class, () -> approve(second));
        assertEquals(MatchStatus.PROPOSED, matches.get(second.id()).status(), "the match step was not written");
        assertEquals(GuideRequestStatus.PROPOSED, requests.get(second.requestId()).status());
        assertEquals(1, guides.get(g.id()).activeMatches());
    }

    private static void approve(Match m) {
        GuideRequest q = requests.get(m.requestId());
        matches.approve(m, m.approve(null, "c", Instant.now()), q, q.withStatus(GuideRequestStatus.MATCHED));
    }

    @Test
    void aLetterIsWrittenOnce_theSecondConditionalPutIsRefused() {
        ApplicationStore applications = stack.bean(ApplicationStore.class);
        String app = Ids.newId("app");
        Letter letter = new Letter("SUBMITTED#1", "RECEIPT", app, 1, "Emne", "Tekst", "Subject", "Text",
                Instant.parse("2026-01-05T10:00:00Z"), null);
        assertTrue(applications.putLetterOnce(letter));
        assertFalse(applications.putLetterOnce(letter.emailed(Instant.now())));
        assertEquals(letter, applications.letter(app, letter.key()).orElseThrow());
        assertEquals(List.of(letter), applications.letters(app));
    }

    @Test
    void anIndexPartition_isPagedToItsEnd_eachItemOnce_andCounted() {
        GuideRequest q = null;
        for (int i = 0; i < 5; i++) {
            q = Guides.request(requests, TaskType.IT, Disability.AUTISM, "Øst");
        }
        GuideRequestStatus status = q.status();
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Page<GuideRequest> page = requests.byStatus(status, 2, cursor);
            assertTrue(page.items().size() <= 2);
            page.items().forEach(r -> walked.add(r.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no item twice");
        assertTrue(walked.contains(q.id()));
        assertEquals(walked.size(), requests.count(status));
    }
}
