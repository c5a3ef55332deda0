package dk.livsmester.platform.store;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.EventOutbox;
import dk.livsmester.platform.events.OutboxEvent;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application aggregate's repository: the application item, its audit entries and its letters, all under
 * {@code APP#<id>}. Every condition on them is written here.
 */
@Singleton
public class ApplicationRepository {
    static final String META = "META";

    private final DynamoDbTable<Row> table;
    private final String tableName;
    private final Transactions tx;
    private final EventOutbox outbox;

    public ApplicationRepository(DynamoDbEnhancedClient enhanced, TablesConfig tables, Transactions tx, EventOutbox outbox) {
        this.tableName = tables.getApplications();
        this.table = enhanced.table(tableName, Transactions.SCHEMA);
        this.tx = tx;
        this.outbox = outbox;
    }

    public static String pk(String id) {
        return "APP#" + id;
    }

    Row toRow(Application a) {
        Row r = new Row();
        r.setPk(pk(a.id()));
        r.setSk(META);
        r.setKind("APPLICATION");
        r.setStatus(a.status().name());
        r.setVersion(a.version());
        r.setGsi1pk("STATUS#" + a.status().name());
        r.setGsi1sk((a.submittedAt() != null ? a.submittedAt() : a.createdAt()).toString() + "#" + a.id());
        r.setAmountOre(a.requestedOre());
        r.setGsi2pk("OWNER#" + a.createdBy());
        r.setGsi2sk(a.createdAt().toString() + "#" + a.id());
        r.setBody(Json.write(a));
        return r;
    }

    /** A person's own applications, newest first. */
    public Page<Application> listByOwner(String subject, int limit, String cursor) {
        var page = table.index("byOwner").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("OWNER#" + subject).build()))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(Cursors.decode(cursor))
                .build()).iterator().next();
        List<Application> items = page.items().stream().map(r -> Json.read(r.getBody(), Application.class)).toList();
        return new Page<>(items, Cursors.encode(page.lastEvaluatedKey()));
    }

    /** The team's internal note: stored beside the application, never part of what the citizen reads. */
    public void addNote(String applicationId, Object note, java.time.Instant at) {
        Row r = new Row();
        r.setPk(pk(applicationId));
        r.setSk("NOTE#" + at + "#" + java.util.UUID.randomUUID());
        r.setKind("NOTE");
        r.setBody(Json.write(note));
        table.putItem(r);
    }

    public <T> List<T> notes(String applicationId, Class<T> type) {
        List<T> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk(applicationId)).sortValue("NOTE#").build()))
                .build()).items().forEach(r -> out.add(Json.read(r.getBody(), type)));
        return out;
    }

    /** A new application, its first audit entry and its events, all or nothing. */
    public void create(Application app, List<AuditEntry> audit, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(Transactions.putNew(tableName, toRow(app)));
        audit.forEach(a -> actions.add(auditPut(a)));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("application"));
        outbox.publish(events);
    }

    /** Moves an application from {@code before} to {@code after} if nobody changed it meanwhile. */
    public void save(Application before, Application after, AuditEntry audit, List<OutboxEvent> events) {
        saveAll(before, after, List.of(audit), events);
    }

    public void saveAll(Application before, Application after, List<AuditEntry> audit, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(replace(before, after));
        audit.forEach(a -> actions.add(auditPut(a)));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("application"));
        outbox.publish(events);
    }

    /** The conditional replace, for transactions that span aggregates (a decision that commits money). */
    public TransactWriteItem replace(Application before, Application after) {
        return Transactions.replaceAt(tableName, toRow(after), before.version(), before.status().name());
    }

    public TransactWriteItem auditPut(AuditEntry e) {
        Row r = new Row();
        r.setPk(pk(e.applicationId()));
        r.setSk(String.format("AUDIT#%010d", e.version()));
        r.setKind("AUDIT");
        r.setStatus(e.to().name());
        r.setVersion(e.version());
        r.setBody(Json.write(e));
        return Transactions.putNew(tableName, r);
    }

    public Optional<Application> find(String id) {
        Row r = table.getItem(Key.builder().partitionValue(pk(id)).sortValue(META).build());
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), Application.class));
    }

    /** Strongly consistent read: used right before a conditional write, so the version is current. */
    public Application get(String id) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue(pk(id)).sortValue(META).build()).consistentRead(true));
        if (r == null) {
            throw new NotFoundException("ansøgning/application", id);
        }
        return Json.read(r.getBody(), Application.class);
    }

    public Page<Application> listByStatus(ApplicationStatus status, int limit, String cursor) {
        var page = table.index("byStatus").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("STATUS#" + status.name()).build()))
                .limit(limit)
                .exclusiveStartKey(Cursors.decode(cursor))
                .build()).iterator().next();
        List<Application> items = page.items().stream().map(r -> Json.read(r.getBody(), Application.class)).toList();
        return new Page<>(items, Cursors.encode(page.lastEvaluatedKey()));
    }

    /** Every application in the given statuses (all pages): for figures, at a pool's scale. */
    public List<Application> listAll(java.util.Collection<ApplicationStatus> statuses) {
        List<Application> out = new ArrayList<>();
        for (ApplicationStatus s : statuses) {
            String cursor = null;
            do {
                Page<Application> page = listByStatus(s, 100, cursor);
                out.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return out;
    }

    public List<AuditEntry> audit(String id) {
        List<AuditEntry> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk(id)).sortValue("AUDIT#").build()))
                .build()).items().forEach(r -> out.add(Json.read(r.getBody(), AuditEntry.class)));
        return out;
    }

    /** Puts a letter once: a second delivery of the same event finds it there and writes nothing. */
    public boolean putLetterOnce(String applicationId, String letterKey, Object letter) {
        Row r = new Row();
        r.setPk(pk(applicationId));
        r.setSk("LETTER#" + letterKey);
        r.setKind("LETTER");
        r.setBody(Json.write(letter));
        try {
            table.putItem(PutItemEnhancedRequest.builder(Row.class).item(r)
                    .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build()).build());
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    public <T> Optional<T> letter(String applicationId, String letterKey, Class<T> type) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue(pk(applicationId)).sortValue("LETTER#" + letterKey).build())
                .consistentRead(true));
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), type));
    }

    /** Replaces a letter's stored body (to record that it was e-mailed). */
    public void updateLetter(String applicationId, String letterKey, Object letter) {
        Row r = new Row();
        r.setPk(pk(applicationId));
        r.setSk("LETTER#" + letterKey);
        r.setKind("LETTER");
        r.setBody(Json.write(letter));
        table.putItem(r);
    }

    public <T> List<T> letters(String applicationId, Class<T> type) {
        List<T> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk(applicationId)).sortValue("LETTER#").build()))
                .build()).items().forEach(r -> out.add(Json.read(r.getBody(), type)));
        return out;
    }
}
