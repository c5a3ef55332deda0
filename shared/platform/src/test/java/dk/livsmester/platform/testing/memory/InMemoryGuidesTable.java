package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AlreadyAskedAgainException;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideLoadMismatchException;
import dk.livsmester.domain.guides.GuideRecordErasure;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchChangedException;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * GuidesTable in memory: the guide, guide-request and match stores over one lock, as their transactions span all
 * three. {@link #events} holds what was published.
 */
public class InMemoryGuidesTable {
    private final Versioned<Guide> guides = new Versioned<>("guide", Guide::id, Guide::version, Guide::status);
    private final Versioned<GuideRequest> requests = new Versioned<>("guide request", GuideRequest::id,
            GuideRequest::version, GuideRequest::status);
    private final Versioned<Match> matches = new Versioned<>("match", Match::id, Match::version, Match::status);
    private final Map<String, Match> staleMatchReads = new HashMap<>();
    public final List<OutboxEvent> events = new ArrayList<>();
    private final GuideStore guideStore = new Guides();
    private final GuideRequestStore requestStore = new Requests();
    private final MatchStore matchStore = new Matches();

    public GuideStore guides() {
        return guideStore;
    }

    public GuideRequestStore requests() {
        return requestStore;
    }

    public MatchStore matches() {
        return matchStore;
    }

    /** The next read of its id returns {@code earlier}: what someone who read before the last change holds. */
    public synchronized void nextMatchReadReturns(Match earlier) {
        staleMatchReads.put(earlier.id(), earlier);
    }

    private synchronized <T> T locked(Supplier<T> read) {
        return read.get();
    }

    /** The guide's load as the match store's conditional updates move it: the counters and the version. */
    private Guide load(Guide g, int active, int total) {
        return new Guide(g.id(), g.name(), g.kind(), g.taskTypes(), g.disabilityExperience(), g.languages(), g.area(),
                g.availability(), g.capacity(), g.activeMatches() + active, g.totalMatches() + total, g.status(),
                g.account(), g.path(), g.createdAt(), g.version() + 1);
    }

    private final class Guides implements GuideStore {
        @Override
        public void create(Guide guide) {
            synchronized (InMemoryGuidesTable.this) {
                if (!guides.isNew(guide)) {
                    throw new StaleStateException("guide");
                }
                guides.put(guide);
            }
        }

        @Override
        public Optional<Guide> find(String id) {
            return locked(() -> guides.find(id));
        }

        @Override
        public Guide get(String id) {
            return locked(() -> guides.get(id));
        }

        @Override
        public void update(Guide before, Guide after) {
            synchronized (InMemoryGuidesTable.this) {
                if (!guides.unchanged(before)) {
                    throw new StaleStateException("guide");
                }
                guides.put(after);
            }
        }

        @Override
        public List<Guide> all() {
            return locked(() -> guides.where(g -> true, Comparator.comparing((Guide g) -> g.name().toLowerCase())));
        }
    }

    private final class Requests implements GuideRequestStore {
        @Override
        public void create(GuideRequest request, List<OutboxEvent> published) {
            synchronized (InMemoryGuidesTable.this) {
                if (!requests.isNew(request)) {
                    throw new StaleStateException("guide request");
                }
                requests.put(request);
                events.addAll(published);
            }
        }

        @Override
        public Optional<GuideRequest> find(String id) {
            return locked(() -> requests.find(id));
        }

        @Override
        public GuideRequest get(String id) {
            return locked(() -> requests.get(id));
        }

        @Override
        public List<GuideRequest> findAll(Collection<String> ids) {
            return locked(() -> ids.stream().flatMap(id -> requests.find(id).stream()).toList());
        }

        @Override
        public List<GuideRequest> byPerson(String subject) {
            return locked(() -> requests.where(q -> subject.equals(q.citizenSubject() != null ? q.citizenSubject() : q.createdBy()),
                    java.util.Comparator.comparing(GuideRequest::createdAt)));
        }

        @Override
        public Page<GuideRequest> byStatus(GuideRequestStatus status, int limit, String cursor) {
            return Versioned.page(all(status), limit, cursor);
        }

        @Override
        public List<GuideRequest> all(GuideRequestStatus status) {
            return locked(() -> requests.where(q -> q.status() == status, Comparator.comparing(GuideRequest::createdAt)));
        }

        @Override
        public long count(GuideRequestStatus status) {
            return all(status).size();
        }

        @Override
        public void save(GuideRequest before, GuideRequest after, List<OutboxEvent> published) {
            matchStore.replan(before, after, null, null, null, published);
        }

        @Override
        public void askAgain(GuideRequest previousBefore, GuideRequest previousAfter, GuideRequest next,
                             List<OutboxEvent> published) {
            synchronized (InMemoryGuidesTable.this) {
                if (!requests.unchanged(previousBefore)) {
                    throw new AlreadyAskedAgainException(previousBefore.id(), null);
                }
                if (!requests.isNew(next)) {
                    throw new StaleStateException("guide request");
                }
                requests.put(previousAfter);
                requests.put(next);
                events.addAll(published);
            }
        }
    }

    private final class Matches implements MatchStore {
        @Override
        public Optional<Match> find(String id) {
            return locked(() -> matches.find(id));
        }

        @Override
        public Match get(String id) {
            synchronized (InMemoryGuidesTable.this) {
                Match earlier = staleMatchReads.remove(id);
                return earlier != null ? earlier : matches.get(id);
            }
        }

        @Override
        public List<Match> findAll(Collection<String> ids) {
            return locked(() -> ids.stream().flatMap(id -> matches.find(id).stream()).toList());
        }

        @Override
        public Page<Match> byStatus(MatchStatus status, int limit, String cursor) {
            return Versioned.page(all(status), limit, cursor);
        }

        @Override
        public List<Match> all(MatchStatus status) {
            return locked(() -> matches.where(m -> m.status() == status, Comparator.comparing(Match::proposedAt)));
        }

        @Override
        public void update(Match before, Match after) {
            synchronized (InMemoryGuidesTable.this) {
                if (!matches.unchanged(before)) {
                    throw new MatchChangedException(before.id());
                }
                matches.put(after);
            }
        }

        @Override
        public boolean propose(Match proposal, GuideRequest requestBefore, GuideRequest requestAfter) {
            synchronized (InMemoryGuidesTable.this) {
                if (!matches.isNew(proposal) || !requests.unchanged(requestBefore)) {
                    return false;
                }
                matches.put(proposal);
                requests.put(requestAfter);
                return true;
            }
        }

        @Override
        public void approve(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
            synchronized (InMemoryGuidesTable.this) {
                if (!matches.unchanged(before) || !requests.unchanged(requestBefore)) {
                    throw new MatchAlreadyDecidedException(before.id());
                }
                Guide g = guides.get(after.guideId());
                if (g.activeMatches() >= g.capacity() || g.status() != GuideStatus.ACTIVE) {
                    throw new GuideAtCapacityException(g.id());
                }
                guides.put(load(g, 1, 1));
                matches.put(after);
                requests.put(requestAfter);
            }
        }

        @Override
        public void decline(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter,
                            List<OutboxEvent> published) {
            release(before, after, requestBefore, requestAfter, true);
            synchronized (InMemoryGuidesTable.this) {
                events.addAll(published);
            }
        }

        @Override
        public void close(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
            release(before, after, requestBefore, requestAfter, false);
        }

        /** The request and its matches (alerts and sharing choices live in their own doubles here). */
        @Override
        public void erase(GuideRecordErasure e) {
            synchronized (InMemoryGuidesTable.this) {
                if (!requests.unchanged(e.requestBefore()) || !e.matchesBefore().stream().allMatch(matches::unchanged)) {
                    throw new StaleStateException("guide record");
                }
                requests.put(e.requestAfter());
                e.matchesAfter().forEach(matches::put);
            }
        }

        private void release(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter,
                             boolean declined) {
            synchronized (InMemoryGuidesTable.this) {
                if (!matches.unchanged(before) || !requests.unchanged(requestBefore)) {
                    throw new MatchChangedException(before.id());
                }
                Guide g = guides.get(before.guideId());
                if (g.activeMatches() <= 0 || declined && g.totalMatches() <= 0) {
                    throw new GuideLoadMismatchException(g.id());
                }
                guides.put(load(g, -1, declined ? -1 : 0));
                matches.put(after);
                requests.put(requestAfter);
            }
        }

        @Override
        public void replan(GuideRequest requestBefore, GuideRequest requestAfter, Match replacedBefore,
                           Match replacedAfter, Match proposal, List<OutboxEvent> published) {
            synchronized (InMemoryGuidesTable.this) {
                replanAll(List.of(new Replan(requestBefore, requestAfter, replacedBefore, replacedAfter, proposal)));
                events.addAll(published);
            }
        }

        @Override
        public void replanAll(List<Replan> replans) {
            synchronized (InMemoryGuidesTable.this) {
                for (Replan r : replans) {
                    if (!requests.unchanged(r.requestBefore()) || r.replacedBefore() != null && !matches.unchanged(r.replacedBefore())
                            || r.proposal() != null && !matches.isNew(r.proposal())) {
                        throw new StaleStateException("guide request");
                    }
                }
                for (Replan r : replans) {
                    requests.put(r.requestAfter());
                    if (r.replacedAfter() != null) {
                        matches.put(r.replacedAfter());
                    }
                    if (r.proposal() != null) {
                        matches.put(r.proposal());
                    }
                }
            }
        }
    }
}
