package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideLoadMismatchException;
import dk.livsmester.domain.guides.GuideRecordErasure;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchChangedException;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GuidesTable, {@code MATCH#<id>} / {@code META}: the match (meetings, debrief, closure) in the body, {@code status}
 * and {@code version} top-level. GSI byKind {@code MATCH#<status>}, oldest first. The transactions that move a match
 * with its request and its guide's load are here; the request's and the guide's conditions are their stores'.
 */
@Singleton
public class DynamoMatchStore extends DynamoAggregateStore<Match> implements MatchStore {
    static final ItemCodec<Match> CODEC = new ItemCodec<>(Match.class, "MATCH", "MATCH", List.of("status", "version"),
            m -> Map.of("gsi1pk", "MATCH#" + m.status().name(), "gsi1sk", m.proposedAt() + "#" + m.id()));

    private final DynamoGuideStore guides;
    private final DynamoGuideRequestStore requests;
    private final DynamoAlertStore alerts;
    private final Transactions tx;
    private final EventOutbox outbox;

    public DynamoMatchStore(DynamoDbEnhancedClient client, TablesConfig tables, DynamoGuideStore guides,
                            DynamoGuideRequestStore requests, DynamoAlertStore alerts, Transactions tx,
                            EventOutbox outbox) {
        super(new DynamoCollection<>(client, tables.getGuides(), CODEC, "match"));
        this.guides = guides;
        this.requests = requests;
        this.alerts = alerts;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public Page<Match> byStatus(MatchStatus status, int limit, String cursor) {
        return collection.page(DynamoGuideStore.BY_KIND, "MATCH#" + status.name(), true, limit, cursor);
    }

    @Override
    public List<Match> all(MatchStatus status) {
        return collection.all(DynamoGuideStore.BY_KIND, "MATCH#" + status.name());
    }

    @Override
    public void update(Match before, Match after) {
        tx.begin("update match").step("match unchanged", collection.replace(before, after),
                () -> new MatchChangedException(before.id())).commit();
    }

    @Override
    public boolean propose(Match proposal, GuideRequest requestBefore, GuideRequest requestAfter) {
        Supplier<StaleStateException> duplicate = () -> new StaleStateException("guide request");
        try {
            tx.begin("propose")
                    .step("proposal new", collection.putNew(proposal), duplicate)
                    .step("request unchanged", requests.unchanged(requestBefore, requestAfter), duplicate)
                    .commit();
            return true;
        } catch (StaleStateException e) {
            return false;
        }
    }

    @Override
    public void approve(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
        Supplier<MatchAlreadyDecidedException> decided = () -> new MatchAlreadyDecidedException(before.id());
        tx.begin("approve match")
                .step("match still proposed", collection.replace(before, after), decided)
                .step("request unchanged", requests.unchanged(requestBefore, requestAfter), decided)
                .step("guide has room", guides.takePlace(after.guideId()), () -> new GuideAtCapacityException(after.guideId()))
                .commit();
    }

    @Override
    public void decline(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter,
                        List<OutboxEvent> events) {
        outbox.commit(release("decline match", before, after, requestBefore, requestAfter, true), events);
    }

    @Override
    public void close(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
        release("close match", before, after, requestBefore, requestAfter, false).commit();
    }

    private Transactions.Transaction release(String name, Match before, Match after, GuideRequest requestBefore,
                                             GuideRequest requestAfter, boolean declined) {
        Supplier<MatchChangedException> changed = () -> new MatchChangedException(before.id());
        return tx.begin(name)
                .step("match unchanged", collection.replace(before, after), changed)
                .step("request unchanged", requests.unchanged(requestBefore, requestAfter), changed)
                .step("guide releases a place", guides.releasePlace(before.guideId(), declined),
                        () -> new GuideLoadMismatchException(before.guideId()));
    }

    @Override
    public void replan(GuideRequest requestBefore, GuideRequest requestAfter, Match replacedBefore, Match replacedAfter,
                       Match proposal, List<OutboxEvent> events) {
        outbox.commit(tx.begin("replan guide request")
                .steps(steps(new Replan(requestBefore, requestAfter, replacedBefore, replacedAfter, proposal))), events);
    }

    @Override
    public void replanAll(List<Replan> replans) {
        if (replans.size() > MAX_REPLANS) {
            throw new IllegalArgumentException("At most " + MAX_REPLANS + " moves in one transaction, not " + replans.size());
        }
        Transactions.Transaction t = tx.begin("replan guide requests");
        replans.forEach(r -> t.steps(steps(r)));
        t.commit();
    }

    /**
     * One transaction: the request and its matches anonymised, each only if still as read, its sharing choices and its
     * alerts deleted, and the citizen's later request (if any) made to forget it. Should the whole be more than one
     * transaction takes, the deletions go first in their own, then the matches, the request last: a run that stops
     * between them leaves the request as it was (less shared, never more), and the next run finishes it.
     */
    @Override
    public void erase(GuideRecordErasure e) {
        String id = e.requestBefore().id();
        Supplier<StaleStateException> changed = () -> new StaleStateException("guide record");
        List<Transactions.Step> deletions = new ArrayList<>();
        requests.childrenDeleted(id, DynamoSharingConsentStore.PREFIX)
                .forEach(d -> deletions.add(new Transactions.Step("sharing choice deleted", d, changed)));
        e.alerts().forEach(a -> deletions.add(new Transactions.Step("alert unchanged, deleted", alerts.deleted(a), changed)));
        List<Transactions.Step> matchSteps = new ArrayList<>();
        for (int i = 0; i < e.matchesBefore().size(); i++) {
            matchSteps.add(new Transactions.Step("match unchanged",
                    collection.replace(e.matchesBefore().get(i), e.matchesAfter().get(i)), changed));
        }
        List<Transactions.Step> last = new ArrayList<>();
        last.add(new Transactions.Step("request unchanged", requests.unchanged(e.requestBefore(), e.requestAfter()), changed));
        if (e.successorBefore() != null) {
            String next = e.successorBefore().id();
            last.add(new Transactions.Step("later request unchanged, forgets it",
                    requests.unchanged(e.successorBefore(), e.successorAfter()), changed));
            requests.sharingCarriedFrom(next, id).forEach(c -> last.add(new Transactions.Step(
                    "later request's choice forgets where it came from", requests.sharingRewritten(c.forgetOrigin()), changed)));
        }
        int all = deletions.size() + matchSteps.size() + last.size();
        if (all > Transactions.MAX_ACTIONS) {
            inChunks("erase guide record: deletions", deletions);
            deletions.clear();
            if (matchSteps.size() + last.size() > Transactions.MAX_ACTIONS) {
                inChunks("erase guide record: matches", matchSteps);
                matchSteps.clear();
            }
        }
        deletions.addAll(matchSteps);
        deletions.addAll(last);
        tx.begin("erase guide record").steps(deletions).commit();
    }

    private void inChunks(String name, List<Transactions.Step> steps) {
        for (int from = 0; from < steps.size(); from += Transactions.MAX_ACTIONS) {
            tx.begin(name).steps(steps.subList(from, Math.min(steps.size(), from + Transactions.MAX_ACTIONS))).commit();
        }
    }

    private List<Transactions.Step> steps(Replan r) {
        Supplier<StaleStateException> moved = () -> new StaleStateException("guide request");
        List<Transactions.Step> steps = new ArrayList<>(3);
        steps.add(new Transactions.Step("request unchanged", requests.unchanged(r.requestBefore(), r.requestAfter()), moved));
        if (r.replacedBefore() != null) {
            steps.add(new Transactions.Step("replaced proposal unchanged",
                    collection.replace(r.replacedBefore(), r.replacedAfter()), moved));
        }
        if (r.proposal() != null) {
            steps.add(new Transactions.Step("proposal new", collection.putNew(r.proposal()), moved));
        }
        return steps;
    }
}
