package dk.livsmester.matches;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A guide can never be committed beyond capacity, even when coordinators approve at the same moment. */
class CapacityRaceIT {
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static MatchService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        service = stack.bean(MatchService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private Match proposed(Guide g) {
        return Guides.proposed(requestStore, matchStore, g, TaskType.BUS_TRAINING);
    }

    @Test
    void tenConcurrentApprovals_ofAGuideWithCapacityThree_approveExactlyThree() throws Exception {
        Guide g = Guides.guide(guideStore, TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 3);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            matches.add(proposed(g));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Match m : matches) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return service.approve(TestStack.COORDINATOR, m.id(), null);
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        int approved = 0;
        int atCapacity = 0;
        for (Future<Object> f : futures) {
            Object o = f.get();
            if (o instanceof Match) {
                approved++;
            } else if (o instanceof ConflictException c && c.code().equals("GUIDE_AT_CAPACITY")) {
                atCapacity++;
            }
        }
        pool.shutdown();
        assertEquals(3, approved);
        assertEquals(7, atCapacity);
        Guide after = guideStore.get(g.id());
        assertEquals(3, after.activeMatches());
        assertEquals(3, matchStore.byStatus(MatchStatus.APPROVED, 100, null).items().stream()
                .filter(m -> m.guideId().equals(g.id())).count());
    }

    @Test
    void approvingTwice_isHarmless_andAPausedGuideCannotBeApproved() {
        Guide g = Guides.guide(guideStore, TaskType.IT, Disability.PHYSICAL, "Nord", 2);
        Match m = proposed(g);
        Match first = service.approve(TestStack.COORDINATOR, m.id(), null);
        Match again = service.approve(TestStack.COORDINATOR, m.id(), null);
        assertEquals(first.approvedAt(), again.approvedAt());
        assertEquals(1, guideStore.get(g.id()).activeMatches());
        assertEquals(GuideRequestStatus.MATCHED, requestStore.get(m.requestId()).status());
    }

    @Test
    void onlyAListedAlternativeCanBeChosenInstead() {
        Guide g = Guides.guide(guideStore, TaskType.SHOPPING, Disability.OTHER, "Syd", 2);
        Match m = proposed(g);
        assertThrows(dk.livsmester.domain.ValidationException.class,
                () -> service.approve(TestStack.COORDINATOR, m.id(), "guide-not-listed"));
    }
}
