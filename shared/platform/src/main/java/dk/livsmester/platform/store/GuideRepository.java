package dk.livsmester.platform.store;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.EventOutbox;
import dk.livsmester.platform.events.OutboxEvent;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guides, guide requests and matches. A guide's load ({@code activeMatches}) lives only in top-level attributes that
 * conditional updates change, so two coordinators approving at once can never push a guide past capacity.
 */
@Singleton
public class GuideRepository {
    static final String META = "META";

    private final DynamoDbTable<Row> table;
    private final String tableName;
    private final Transactions tx;
    private final EventOutbox outbox;
    private final DynamoDbClient client;

    public GuideRepository(DynamoDbEnhancedClient enhanced, DynamoDbClient client, TablesConfig tables, Transactions tx,
                           EventOutbox outbox) {
        this.tableName = tables.getGuides();
        this.table = enhanced.table(tableName, Transactions.SCHEMA);
        this.client = client;
        this.tx = tx;
        this.outbox = outbox;
    }

    // ------------------------------------------------------------------ guides

    Row guideRow(Guide g) {
        Row r = new Row();
        r.setPk("GUIDE#" + g.id());
        r.setSk(META);
        r.setKind("GUIDE");
        r.setStatus(g.status().name());
        r.setVersion(g.version());
        r.setGsi1pk("GUIDE");
        r.setGsi1sk(g.name().toLowerCase() + "#" + g.id());
        r.setCapacity(g.capacity());
        r.setActiveMatches(g.activeMatches());
        r.setTotalMatches(g.totalMatches());
        r.setBody(Json.write(g));
        return r;
    }

    static Guide toGuide(Row r) {
        Guide g = Json.read(r.getBody(), Guide.class);
        return new Guide(g.id(), g.name(), g.kind(), g.taskTypes(), g.disabilityExperience(), g.languages(), g.area(),
                g.availability(), r.getCapacity(), r.getActiveMatches(), r.getTotalMatches(),
                GuideStatus.valueOf(r.getStatus()), g.account(), g.path(), g.createdAt(), r.getVersion());
    }

    public void createGuide(Guide g) {
        tx.write(List.of(Transactions.putNew(tableName, guideRow(g))), codes -> new StaleStateException("guide"));
    }

    public Optional<Guide> findGuide(String id) {
        Row r = table.getItem(b -> b.key(key("GUIDE#" + id)).consistentRead(true));
        return Optional.ofNullable(r).map(GuideRepository::toGuide);
    }

    public Guide getGuide(String id) {
        return findGuide(id).orElseThrow(() -> new NotFoundException("guide", id));
    }

    /**
     * A profile or path change. The whole item is replaced only if it is still at the version it was read at: an
     * approval, a decline or a closure changes the version too, so a stale read can never overwrite the guide's load.
     */
    public void updateGuide(Guide before, Guide after) {
        tx.write(List.of(Transactions.replaceAt(tableName, guideRow(after), before.version(), before.status().name())),
                codes -> new StaleStateException("guide"));
    }

    /** All guides, by name. The registry is small (tens, at most a few thousand); the caller pages in memory. */
    public List<Guide> guides() {
        List<Guide> out = new ArrayList<>();
        table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("GUIDE").build()))
                .build()).forEach(p -> p.items().forEach(r -> out.add(toGuide(r))));
        return out;
    }

    // ------------------------------------------------------------------ requests

    Row requestRow(GuideRequest q) {
        Row r = new Row();
        r.setPk("REQUEST#" + q.id());
        r.setSk(META);
        r.setKind("REQUEST");
        r.setStatus(q.status().name());
        r.setVersion(q.version());
        r.setGsi1pk("REQUEST#" + q.status().name());
        r.setGsi1sk(q.createdAt().toString() + "#" + q.id());
        r.setBody(Json.write(q));
        return r;
    }

    public void createRequest(GuideRequest q, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(Transactions.putNew(tableName, requestRow(q)));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("guide request"));
        outbox.publish(events);
    }

    public Optional<GuideRequest> findRequest(String id) {
        Row r = table.getItem(b -> b.key(key("REQUEST#" + id)).consistentRead(true));
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), GuideRequest.class));
    }

    public GuideRequest getRequest(String id) {
        return findRequest(id).orElseThrow(() -> new NotFoundException("guide request", id));
    }

    public Page<GuideRequest> requestsByStatus(String status, int limit, String cursor) {
        var page = table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("REQUEST#" + status).build()))
                .limit(limit).exclusiveStartKey(Cursors.decode(cursor)).build()).iterator().next();
        return new Page<>(page.items().stream().map(r -> Json.read(r.getBody(), GuideRequest.class)).toList(),
                Cursors.encode(page.lastEvaluatedKey()));
    }

    /** Every request in one status, oldest first (all pages). */
    public List<GuideRequest> allRequests(GuideRequestStatus status) {
        List<GuideRequest> out = new ArrayList<>();
        table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("REQUEST#" + status.name()).build()))
                .build()).forEach(p -> p.items().forEach(r -> out.add(Json.read(r.getBody(), GuideRequest.class))));
        return out;
    }

    /** How many requests are in one status: a count query on the index, no items read. */
    public long countRequests(GuideRequestStatus status) {
        long n = 0;
        for (var page : client.queryPaginator(b -> b.tableName(tableName).indexName("byKind")
                .keyConditionExpression("gsi1pk = :p").select(Select.COUNT)
                .expressionAttributeValues(Map.of(":p", Transactions.str("REQUEST#" + status.name()))))) {
            n += page.count();
        }
        return n;
    }

    /** A new request and its events, one transaction; also writes the request it follows when a citizen asks again. */
    public void createFollowUpRequest(GuideRequest previousBefore, GuideRequest previousAfter, GuideRequest q,
                                      List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(Transactions.putNew(tableName, requestRow(q)));
        actions.add(replaceRequest(previousBefore, previousAfter));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> Transactions.failedAt(codes, 1)
                ? new ConflictException("ALREADY_ASKED_AGAIN", Text.of("Der er allerede bedt om en ny guide.",
                "A new request was already made from this one, or it changed; reload it."))
                : new StaleStateException("guide request"));
        outbox.publish(events);
    }

    /**
     * A request moves to its next state, in one transaction with what goes with it: the proposal it replaces
     * (superseded), the new proposal, and the events to publish after the commit. Each part is conditional on what was
     * read (the request and the old match at their versions, the new match id not yet used), so a duplicate message,
     * a concurrent approval or a second run changes nothing and gets a {@link StaleStateException}.
     */
    public void moveRequest(GuideRequest before, GuideRequest after, Match replacedBefore, Match replacedAfter,
                            Match proposal, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(replaceRequest(before, after));
        if (replacedBefore != null) {
            actions.add(Transactions.replaceAt(tableName, matchRow(replacedAfter), replacedBefore.version(),
                    replacedBefore.status().name()));
        }
        if (proposal != null) {
            actions.add(Transactions.putNew(tableName, matchRow(proposal)));
        }
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("guide request"));
        outbox.publish(events);
    }

    TransactWriteItem replaceRequest(GuideRequest before, GuideRequest after) {
        return Transactions.replaceAt(tableName, requestRow(after), before.version(), before.status().name());
    }

    // ------------------------------------------------------------------ matches

    Row matchRow(Match m) {
        Row r = new Row();
        r.setPk("MATCH#" + m.id());
        r.setSk(META);
        r.setKind("MATCH");
        r.setStatus(m.status().name());
        r.setVersion(m.version());
        r.setGsi1pk("MATCH#" + m.status().name());
        r.setGsi1sk(m.proposedAt().toString() + "#" + m.id());
        r.setBody(Json.write(m));
        return r;
    }

    /**
     * Records a proposal and moves the request on, once: the match id is derived from the request and its round, so a
     * redelivered message finds the match there and changes nothing. Returns false in that case.
     */
    public boolean propose(Match m, GuideRequest before, GuideRequest after) {
        try {
            tx.write(List.of(Transactions.putNew(tableName, matchRow(m)), replaceRequest(before, after)),
                    codes -> new StaleStateException("guide request"));
            return true;
        } catch (StaleStateException duplicate) {
            return false;
        }
    }

    /** Records that no guide could be proposed (the request waits for the coordinator). */
    public boolean markRequest(GuideRequest before, GuideRequest after) {
        try {
            tx.write(List.of(replaceRequest(before, after)), codes -> new StaleStateException("guide request"));
            return true;
        } catch (StaleStateException duplicate) {
            return false;
        }
    }

    public Optional<Match> findMatch(String id) {
        Row r = table.getItem(b -> b.key(key("MATCH#" + id)).consistentRead(true));
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), Match.class));
    }

    public Match getMatch(String id) {
        return findMatch(id).orElseThrow(() -> new NotFoundException("match", id));
    }

    /** Every match in one status, oldest first (all pages). */
    public List<Match> allMatches(MatchStatus status) {
        List<Match> out = new ArrayList<>();
        table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("MATCH#" + status.name()).build()))
                .build()).forEach(p -> p.items().forEach(r -> out.add(Json.read(r.getBody(), Match.class))));
        return out;
    }

    /** A change to the match alone (the guide's yes, meetings, logs, the debrief), if it is still as read. */
    public void updateMatch(Match before, Match after) {
        tx.write(List.of(Transactions.replaceAt(tableName, matchRow(after), before.version(), before.status().name())),
                codes -> new ConflictException("MATCH_CHANGED", Text.of("Matchet er lige blevet ændret. Hent det igen.",
                        "The match was changed by someone else since it was read; reload it and try again.")));
    }

    public Page<Match> matchesByStatus(MatchStatus status, int limit, String cursor) {
        var page = table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("MATCH#" + status.name()).build()))
                .limit(limit).exclusiveStartKey(Cursors.decode(cursor)).build()).iterator().next();
        return new Page<>(page.items().stream().map(r -> Json.read(r.getBody(), Match.class)).toList(),
                Cursors.encode(page.lastEvaluatedKey()));
    }

    /**
     * Approves a proposed match: one more active match for the guide, only while below capacity and active; the match
     * and the request move on only if still as read. Positional reasons name the outcome.
     */
    public void approve(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
        TransactWriteItem guideLoad = Transactions.update(tableName, "GUIDE#" + after.guideId(), META,
                "SET activeMatches = activeMatches + :one, totalMatches = totalMatches + :one, #v = #v + :one",
                "activeMatches < #cap AND #s = :active", Map.of("#v", "version", "#s", "status", "#cap", "capacity"),
                Map.of(":one", Transactions.num(1), ":active", Transactions.str(GuideStatus.ACTIVE.name())));
        TransactWriteItem match = Transactions.replaceAt(tableName, matchRow(after), before.version(), before.status().name());
        tx.write(List.of(guideLoad, match, replaceRequest(requestBefore, requestAfter)), codes -> {
            if (Transactions.failedAt(codes, 1) || Transactions.failedAt(codes, 2)) {
                return new ConflictException("MATCH_ALREADY_DECIDED", Text.of("Matchet er allerede behandlet.",
                        "The match was already approved or changed by someone else."));
            }
            return new ConflictException("GUIDE_AT_CAPACITY", Text.of("Guiden har ikke plads til flere lige nu.",
                    "The guide has no capacity left (or is not active); pick another candidate."));
        });
    }

    /**
     * The guide declines an approved match: the guide's load goes down again (it was never a real match, so the
     * rotation count too), the match is declined, the request goes back in line in a new round without this guide,
     * and its event goes to the matching queue, all in one transaction.
     */
    public void decline(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter,
                        List<OutboxEvent> events) {
        TransactWriteItem release = Transactions.update(tableName, "GUIDE#" + before.guideId(), META,
                "SET activeMatches = activeMatches - :one, totalMatches = totalMatches - :one, #v = #v + :one",
                "activeMatches > :zero AND totalMatches > :zero", Map.of("#v", "version"),
                Map.of(":one", Transactions.num(1), ":zero", Transactions.num(0)));
        List<TransactWriteItem> actions = new ArrayList<>(List.of(release,
                Transactions.replaceAt(tableName, matchRow(after), before.version(), before.status().name()),
                replaceRequest(requestBefore, requestAfter)));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> answered(codes));
        outbox.publish(events);
    }

    /** Closes an active match and frees the guide's place, in one transaction; the request is closed with it. */
    public void close(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter) {
        TransactWriteItem release = Transactions.update(tableName, "GUIDE#" + before.guideId(), META,
                "SET activeMatches = activeMatches - :one, #v = #v + :one", "activeMatches > :zero",
                Map.of("#v", "version"), Map.of(":one", Transactions.num(1), ":zero", Transactions.num(0)));
        tx.write(List.of(release,
                Transactions.replaceAt(tableName, matchRow(after), before.version(), before.status().name()),
                replaceRequest(requestBefore, requestAfter)), codes -> answered(codes));
    }

    /** Cancellation reasons of a release: the match or request changed (1, 2), or the guide's load was already 0 (0). */
    private static RuntimeException answered(List<String> codes) {
        if (Transactions.failedAt(codes, 1) || Transactions.failedAt(codes, 2)) {
            return new ConflictException("MATCH_CHANGED", Text.of("Matchet er lige blevet ændret. Hent det igen.",
                    "The match or its request was changed by someone else since it was read; reload and try again."));
        }
        // Only reachable if the counter and the matches disagree; refuse rather than go below zero.
        return new ConflictException("GUIDE_LOAD_MISMATCH", Text.of("Guidens antal match passer ikke. Kontakt support.",
                "The guide's load is already 0 although this match holds a place; nothing was changed."));
    }

    private static Key key(String pk) {
        return Key.builder().partitionValue(pk).sortValue(META).build();
    }
}
