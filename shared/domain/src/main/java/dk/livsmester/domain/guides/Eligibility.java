package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Who may be planned for whom. A guide takes part when active, with a capacity and with places to give (how many, the
 * caller says: the free capacity, or less while proposals wait). A guide may serve a request whose task it offers, or
 * a related one (for half the task points), unless it declined that request; the score is {@link MatchScorer}'s.
 *
 * <p>Guides are numbered in the tie-break order, fewer matches so far first and then by id: wherever two guides score
 * the same, the lower number wins, which spreads the work and makes the same input give the same plan. Requests keep
 * the order they were given in (oldest first). Built in one step and not changed afterwards.
 */
final class Eligibility {
    /** Of two guides with the same score, the one who has had fewer matches, then the lower id. */
    static final Comparator<Guide> TIE_BREAK = Comparator.comparingInt(Guide::totalMatches).thenComparing(Guide::id);

    private final List<GuideRequest> requests;
    private final MatchScorer.RequestKey[] requestKeys;
    private final int[] requestTask;
    private final MatchScorer.GuideKey[] guideKeys;
    private final String[] guideIds;
    private final int[] places;
    /** Per task, the guides offering it or a related one, in tie-break order. */
    private final int[][] byTask;

    private Eligibility(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> places, Instant now) {
        this.requests = List.copyOf(requests);
        List<Guide> taking = new ArrayList<>();
        for (Guide g : guides) {
            if (takesPart(g, places.applyAsInt(g))) {
                taking.add(g);
            }
        }
        taking.sort(TIE_BREAK);
        int guideCount = taking.size();
        guideKeys = new MatchScorer.GuideKey[guideCount];
        guideIds = new String[guideCount];
        this.places = new int[guideCount];
        int tasks = TaskType.values().length;
        int[] perTask = new int[tasks];
        for (int g = 0; g < guideCount; g++) {
            Guide guide = taking.get(g);
            guideKeys[g] = MatchScorer.GuideKey.of(guide);
            guideIds[g] = guide.id();
            this.places[g] = places.applyAsInt(guide);
            for (int t = 0; t < tasks; t++) {
                if ((servedTasks(guideKeys[g]) & 1 << t) != 0) {
                    perTask[t]++;
                }
            }
        }
        byTask = new int[tasks][];
        for (int t = 0; t < tasks; t++) {
            byTask[t] = new int[perTask[t]];
        }
        int[] fill = new int[tasks];
        for (int g = 0; g < guideCount; g++) {
            for (int t = 0; t < tasks; t++) {
                if ((servedTasks(guideKeys[g]) & 1 << t) != 0) {
                    byTask[t][fill[t]++] = g;
                }
            }
        }
        requestKeys = new MatchScorer.RequestKey[this.requests.size()];
        requestTask = new int[requestKeys.length];
        for (int r = 0; r < requestKeys.length; r++) {
            requestKeys[r] = MatchScorer.RequestKey.of(this.requests.get(r), now);
            requestTask[r] = this.requests.get(r).taskType().ordinal();
        }
    }

    /** {@code places}: how many of the requests each guide may take (0 leaves the guide out). */
    static Eligibility of(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> places) {
        return new Eligibility(requests, guides, places, null);
    }

    /** As {@link #of(List, List, ToIntFunction)}, with each request's waiting credit as of {@code now}. */
    static Eligibility of(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> places, Instant now) {
        return new Eligibility(requests, guides, places, now);
    }

    static boolean takesPart(Guide guide, int places) {
        return guide.status() == GuideStatus.ACTIVE && guide.capacity() > 0 && places > 0;
    }

    /** The tasks a guide may serve, as bits: the ones it offers and the ones related to them. */
    static int servedTasks(MatchScorer.GuideKey guide) {
        return guide.taskMask() | guide.relatedMask();
    }

    int requestCount() {
        return requestKeys.length;
    }

    int guideCount() {
        return guideIds.length;
    }

    GuideRequest request(int r) {
        return requests.get(r);
    }

    String guideId(int g) {
        return guideIds[g];
    }

    int places(int g) {
        return places[g];
    }

    /**
     * How many guides offer the request's task or a related one, declines not yet considered: for a caller that skips
     * guides before scoring them (the one-by-one baseline skips the full ones).
     */
    int offeringCount(int r) {
        return byTask[requestTask[r]].length;
    }

    /** The {@code i}-th of those guides, in tie-break order. */
    int offering(int r, int i) {
        return byTask[requestTask[r]][i];
    }

    /** The guide's score for the request, or −1 when it may not serve it (declined it, or no task fit). */
    int score(int r, int g) {
        if (declined(requests.get(r).excludedGuideIds(), g)) {
            return -1;
        }
        return MatchScorer.points(requestKeys[r], guideKeys[g], null);
    }

    /**
     * Scores the request against every guide that may serve it, in tie-break order, into {@code guides} and
     * {@code scores} (each at least {@link #offeringCount} long); returns how many. One call per request rather than
     * one per pair, because this loop runs for millions of pairs and the per-request lookups then happen once.
     */
    int scoreServing(int r, int[] guides, int[] scores) {
        MatchScorer.RequestKey key = requestKeys[r];
        Set<String> declinedIds = requests.get(r).excludedGuideIds();
        int n = 0;
        for (int g : byTask[requestTask[r]]) {
            if (declined(declinedIds, g)) {
                continue;
            }
            guides[n] = g;
            scores[n++] = MatchScorer.points(key, guideKeys[g], null);
        }
        return n;
    }

    /** A guide who declined a request is not proposed for it again. */
    private boolean declined(Set<String> declinedIds, int g) {
        return !declinedIds.isEmpty() && declinedIds.contains(guideIds[g]);
    }

    /** The pair as the coordinator sees it, with the score's parts; only for a guide that may serve the request. */
    Candidate candidate(int r, int g) {
        return MatchScorer.candidate(guideIds[g], requestKeys[r], guideKeys[g]).orElseThrow();
    }
}
