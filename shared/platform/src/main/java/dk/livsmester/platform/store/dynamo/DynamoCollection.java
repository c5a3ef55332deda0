package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.Page;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kind of aggregate in one table, with what every store needs written once: find and get by id (strongly
 * consistent, as a conditional write wants), a page, all or the count of an index partition, the aggregate's body-only
 * child items (audit entries, letters, ledger entries ...) under its partition, and the conditional actions a
 * transaction step is made of.
 *
 * <p>Reads and single writes go through the Enhanced Client on hand-built static schemas ({@link StoredItem}); the
 * transaction actions are the SDK's {@link TransactWriteItem}s, their items encoded by the same schemas, because a
 * transaction step may be a counter update (see {@link #update}) and {@link Transactions} commits them all at once.
 */
public final class DynamoCollection<T> {
    /** A secondary index, the attribute that is its partition key and, for range queries, its sort key (or null). */
    public record Index(String name, String partitionKey, String sortKey) {
        public Index(String name, String partitionKey) {
            this(name, partitionKey, null);
        }
    }

    private static final String NEW = "attribute_not_exists(pk)";
    static final TableSchema<StoredItem> CHILD = StoredItem.schema(List.of());

    private final DynamoDbEnhancedClient enhanced;
    private final String table;
    private final ItemCodec<T> codec;
    private final String noun;
    private final TableSchema<StoredItem> schema;
    private final DynamoDbTable<StoredItem> items;
    private final DynamoDbTable<StoredItem> children;
    private final Map<Index, DynamoDbIndex<StoredItem>> indexes = new ConcurrentHashMap<>();

    /** @param noun what a missing one is called ("application"), for {@link NotFoundException} */
    public DynamoCollection(DynamoDbEnhancedClient enhanced, String table, ItemCodec<T> codec, String noun) {
        this.enhanced = enhanced;
        this.table = table;
        this.codec = codec;
        this.noun = noun;
        this.schema = StoredItem.schema(codec.topLevel());
        this.items = enhanced.table(table, schema);
        this.children = enhanced.table(table, CHILD);
    }

    /** As above, on an Enhanced Client without extensions over {@code client}: the conditions here are all ours. */
    public DynamoCollection(DynamoDbClient client, String table, ItemCodec<T> codec, String noun) {
        this(DynamoDbEnhancedClient.builder().dynamoDbClient(client).extensions().build(), table, codec, noun);
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(items.getItem(b -> b.key(codec.key(id)).consistentRead(true))).map(codec::decode);
    }

    public T get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(noun, id));
    }

    /**
     * The aggregates of these ids that exist, strongly consistent, in no particular order: batch reads of up to 100
     * keys (the Enhanced Client's result pages ask again for the keys a batch left unprocessed).
     */
    public List<T> findAll(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += 100) {
            ReadBatch.Builder<StoredItem> batch = ReadBatch.builder(StoredItem.class).mappedTableResource(items);
            all.subList(from, Math.min(all.size(), from + 100)).forEach(id ->
                    batch.addGetItem(GetItemEnhancedRequest.builder().key(codec.key(id)).consistentRead(true).build()));
            enhanced.batchGetItem(b -> b.readBatches(batch.build())).resultsForTable(items).forEach(i -> found.add(codec.decode(i)));
        }
        return found;
    }

    /** One page of an index partition, in sort-key order ({@code ascending} false: newest first). */
    public Page<T> page(Index index, String partition, boolean ascending, int limit, String cursor) {
        return page(index, indexQuery(partition, ascending), limit, cursor);
    }

    /**
     * One page of an index partition whose sort keys lie between {@code from} and {@code to} (both included), in
     * sort-key order; the index must name its sort key.
     */
    public Page<T> page(Index index, String partition, String from, String to, boolean ascending, int limit, String cursor) {
        QueryConditional between = QueryConditional.sortBetween(k -> k.partitionValue(partition).sortValue(from),
                k -> k.partitionValue(partition).sortValue(to));
        return page(index, QueryEnhancedRequest.builder().scanIndexForward(ascending).queryConditional(between), limit,
                cursor);
    }

    private Page<T> page(Index index, QueryEnhancedRequest.Builder query, int limit, String cursor) {
        var page = index(index).query(query.limit(limit).exclusiveStartKey(Cursors.decode(cursor)).build()).iterator().next();
        return new Page<>(page.items().stream().map(codec::decode).toList(), Cursors.encode(page.lastEvaluatedKey()));
    }

    /** Every item of an index partition, in sort-key order (all pages). */
    public List<T> all(Index index, String partition) {
        return index(index).query(indexQuery(partition, true).build()).stream()
                .flatMap(p -> p.items().stream()).map(codec::decode).toList();
    }

    /** How many items an index partition holds: a count query, no items read. */
    public long count(Index index, String partition) {
        return index(index).query(indexQuery(partition, true).select(Select.COUNT).build()).stream()
                .mapToLong(p -> p.count()).sum();
    }

    private DynamoDbIndex<StoredItem> index(Index index) {
        return indexes.computeIfAbsent(index,
                i -> enhanced.table(table, StoredItem.schema(codec.topLevel(), i)).index(i.name()));
    }

    private static QueryEnhancedRequest.Builder indexQuery(String partition, boolean ascending) {
        return QueryEnhancedRequest.builder().scanIndexForward(ascending)
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(partition)));
    }

    /** Puts the aggregate only if its id is new. */
    public TransactWriteItem putNew(T value) {
        return put(schema.itemToMap(codec.encode(value), true), NEW, null, null);
    }

    /** Puts the aggregate on its own (no transaction) only if its id is new; false if it was there already. */
    public boolean putOnce(T value) {
        try {
            items.putItem(PutItemEnhancedRequest.builder(StoredItem.class).item(codec.encode(value))
                    .conditionExpression(Expression.builder().expression(NEW).build()).build());
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    /**
     * Puts the aggregates with batch writes ({@link BatchPuts}), without a condition: a batch put cannot carry one. Only
     * for aggregates whose ids are new by construction; the caller's store says why a put cannot replace one.
     *
     * @throws IllegalArgumentException two of them have the same id (DynamoDB refuses such a batch anyway)
     */
    void putAllNew(List<T> values, BatchPuts puts) {
        List<StoredItem> encoded = values.stream().map(codec::encode).toList();
        if (encoded.stream().map(i -> i.pk).distinct().count() != encoded.size()) {
            throw new IllegalArgumentException("two puts of one batch of " + noun + " items have the same id");
        }
        puts.put(enhanced, items, encoded);
    }

    /** Replaces the aggregate only if it is still at the version and status {@code before} was read at. */
    public TransactWriteItem replace(T before, T after) {
        return put(schema.itemToMap(codec.encode(after), true), "#v = :v AND #s = :s", Map.of("#v", "version", "#s", "status"),
                codec.readAt(before));
    }

    /** Deletes the aggregate only if it is still at the version and status {@code before} was read at. */
    public TransactWriteItem delete(T before) {
        StoredItem item = codec.encode(before);
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(Map.of("pk", AttributeValue.fromS(item.pk), "sk", AttributeValue.fromS(item.sk)))
                .conditionExpression("#v = :v AND #s = :s").expressionAttributeNames(Map.of("#v", "version", "#s", "status"))
                .expressionAttributeValues(codec.readAt(before)).build()).build();
    }

    /**
     * Updates top-level attributes of the aggregate under a condition. This one stays a low-level {@link Update}:
     * the counters move by arithmetic ({@code SET n = n + :one}) under a condition on their current value, while an
     * Enhanced Client update only writes whole attribute values it was given, which would lose a concurrent change.
     */
    public TransactWriteItem update(String id, String expression, String condition, Map<String, String> names,
                                    Map<String, AttributeValue> values) {
        Update.Builder u = Update.builder().tableName(table).key(codec.key(id).keyMap(schema, TableMetadata.primaryIndexName())).updateExpression(expression)
                .conditionExpression(condition).expressionAttributeValues(values);
        if (names != null && !names.isEmpty()) {
            u.expressionAttributeNames(names);
        }
        return TransactWriteItem.builder().update(u.build()).build();
    }

    // ------------------------------------------------------------------ child items: key, kind and a JSON body

    /** A child item of aggregate {@code id}, to be written once. */
    public TransactWriteItem putNewChild(String id, String sk, String kind, Object value) {
        return put(child(codec.pk(id), sk, kind, value), NEW, null, null);
    }

    /** A child item of aggregate {@code id} written over whatever is there (an anonymised audit entry). */
    public TransactWriteItem putChildOver(String id, String sk, String kind, Object value) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(child(codec.pk(id), sk, kind, value))
                .build()).build();
    }

    /** Deletes a child item of aggregate {@code id} (a letter or a note of an erased case). */
    public TransactWriteItem deleteChild(String id, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(Map.of(
                "pk", AttributeValue.fromS(codec.pk(id)), "sk", AttributeValue.fromS(sk))).build()).build();
    }

    /** Deletes a child item of aggregate {@code id} on its own, without a condition (what is gone already stays gone). */
    public void removeChild(String id, String sk) {
        children.deleteItem(Key.builder().partitionValue(codec.pk(id)).sortValue(sk).build());
    }

    /** The sort keys of aggregate {@code id}'s child items that begin with {@code prefix}. */
    public List<String> childKeys(String id, String prefix) {
        return stored(codec.pk(id), prefix).stream().map(i -> i.sk).toList();
    }

    /** Writes a child item once, outside a transaction; false if it was there already. */
    public boolean putChildOnce(String id, String sk, String kind, Object value) {
        try {
            children.putItem(PutItemEnhancedRequest.builder(StoredItem.class).item(childItem(codec.pk(id), sk, kind, value))
                    .conditionExpression(Expression.builder().expression(NEW).build()).build());
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    public void putChild(String id, String sk, String kind, Object value) {
        children.putItem(childItem(codec.pk(id), sk, kind, value));
    }

    public <C> Optional<C> child(String id, String sk, Class<C> type) {
        StoredItem item = children.getItem(b -> b.consistentRead(true)
                .key(Key.builder().partitionValue(codec.pk(id)).sortValue(sk).build()));
        return Optional.ofNullable(item).map(i -> Json.read(i.body, type));
    }

    /** The child items whose sort key begins with {@code prefix}, in sort-key order. */
    public <C> List<C> children(String id, String prefix, Class<C> type) {
        return stored(codec.pk(id), prefix).stream().map(i -> Json.read(i.body, type)).toList();
    }

    /** The child items whose sort key begins with {@code prefix} and is at least {@code from}, in sort-key order. */
    public <C> List<C> childrenFrom(String id, String prefix, String from, Class<C> type) {
        QueryConditional where = QueryConditional.sortGreaterThanOrEqualTo(k -> k.partitionValue(codec.pk(id)).sortValue(from));
        return children.query(b -> b.queryConditional(where).consistentRead(true)).items().stream()
                .filter(i -> i.sk.startsWith(prefix)).map(i -> Json.read(i.body, type)).toList();
    }

    /** Items of any partition, as stored, whose sort key begins with {@code prefix} (null: all of them). */
    List<Map<String, AttributeValue>> query(String pk, String prefix) {
        return stored(pk, prefix).stream().map(i -> CHILD.itemToMap(i, true)).toList();
    }

    private List<StoredItem> stored(String pk, String prefix) {
        QueryConditional where = prefix == null ? QueryConditional.keyEqualTo(k -> k.partitionValue(pk))
                : QueryConditional.sortBeginsWith(k -> k.partitionValue(pk).sortValue(prefix));
        return children.query(b -> b.queryConditional(where).consistentRead(true)).items().stream().toList();
    }

    void putRaw(Map<String, AttributeValue> item) {
        children.putItem(CHILD.mapToItem(item));
    }

    TransactWriteItem putNewRaw(Map<String, AttributeValue> item) {
        return put(item, NEW, null, null);
    }

    static Map<String, AttributeValue> child(String pk, String sk, String kind, Object value) {
        return CHILD.itemToMap(childItem(pk, sk, kind, value), true);
    }

    private static StoredItem childItem(String pk, String sk, String kind, Object value) {
        return StoredItem.of(pk, sk, kind, value == null ? null : Json.write(value));
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                  Map<String, AttributeValue> values) {
        Put.Builder p = Put.builder().tableName(table).item(item).conditionExpression(condition);
        if (names != null) {
            p.expressionAttributeNames(names);
        }
        if (values != null) {
            p.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(p.build()).build();
    }
}
