package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.Page;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of aggregate in one table, with what every store needs written once: find and get by id (strongly
 * consistent, as a conditional write wants), a page, all or the count of an index partition, the aggregate's body-only
 * child items (audit entries, letters, ledger entries ...) under its partition, and the conditional actions a
 * transaction step is made of.
 */
public final class DynamoCollection<T> {
    /** A secondary index and the attribute that is its partition key. */
    public record Index(String name, String partitionKey) {
    }

    private static final String NEW = "attribute_not_exists(pk)";

    private final DynamoDbClient client;
    private final String table;
    private final ItemCodec<T> codec;
    private final String noun;

    /** @param noun what a missing one is called ("application"), for {@link NotFoundException} */
    public DynamoCollection(DynamoDbClient client, String table, ItemCodec<T> codec, String noun) {
        this.client = client;
        this.table = table;
        this.codec = codec;
        this.noun = noun;
    }

    public Optional<T> find(String id) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).key(codec.key(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(codec.decode(item));
    }

    public T get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(noun, id));
    }

    /** One page of an index partition, in sort-key order ({@code ascending} false: newest first). */
    public Page<T> page(Index index, String partition, boolean ascending, int limit, String cursor) {
        QueryResponse r = client.query(indexQuery(index, partition, ascending).limit(limit)
                .exclusiveStartKey(Cursors.decode(cursor)).build());
        return new Page<>(r.items().stream().map(codec::decode).toList(), Cursors.encode(r.lastEvaluatedKey()));
    }

    /** Every item of an index partition, in sort-key order (all pages). */
    public List<T> all(Index index, String partition) {
        List<T> out = new ArrayList<>();
        client.queryPaginator(indexQuery(index, partition, true).build()).items().forEach(i -> out.add(codec.decode(i)));
        return out;
    }

    /** How many items an index partition holds: a count query, no items read. */
    public long count(Index index, String partition) {
        long n = 0;
        for (QueryResponse page : client.queryPaginator(indexQuery(index, partition, true).select(Select.COUNT).build())) {
            n += page.count();
        }
        return n;
    }

    private QueryRequest.Builder indexQuery(Index index, String partition, boolean ascending) {
        return QueryRequest.builder().tableName(table).indexName(index.name()).scanIndexForward(ascending)
                .keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", index.partitionKey()))
                .expressionAttributeValues(Map.of(":p", Attributes.s(partition)));
    }

    /** Puts the aggregate only if its id is new. */
    public TransactWriteItem putNew(T value) {
        return put(codec.encode(value), NEW, null, null);
    }

    /** Replaces the aggregate only if it is still at the version and status {@code before} was read at. */
    public TransactWriteItem replace(T before, T after) {
        return put(codec.encode(after), "#v = :v AND #s = :s", Map.of("#v", "version", "#s", "status"),
                codec.readAt(before));
    }

    /** Updates top-level attributes of the aggregate under a condition. */
    public TransactWriteItem update(String id, String expression, String condition, Map<String, String> names,
                                    Map<String, AttributeValue> values) {
        Update.Builder u = Update.builder().tableName(table).key(codec.key(id)).updateExpression(expression)
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

    /** Writes a child item once, outside a transaction; false if it was there already. */
    public boolean putChildOnce(String id, String sk, String kind, Object value) {
        try {
            client.putItem(b -> b.tableName(table).item(child(codec.pk(id), sk, kind, value)).conditionExpression(NEW));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    public void putChild(String id, String sk, String kind, Object value) {
        putRaw(child(codec.pk(id), sk, kind, value));
    }

    public <C> Optional<C> child(String id, String sk, Class<C> type) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", Attributes.s(codec.pk(id)), "sk", Attributes.s(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.read(item.get("body").s(), type));
    }

    /** The child items whose sort key begins with {@code prefix}, in sort-key order. */
    public <C> List<C> children(String id, String prefix, Class<C> type) {
        List<C> out = new ArrayList<>();
        query(codec.pk(id), prefix).forEach(i -> out.add(Json.read(i.get("body").s(), type)));
        return out;
    }

    /** Items of any partition, as stored, whose sort key begins with {@code prefix} (null: all of them). */
    List<Map<String, AttributeValue>> query(String pk, String prefix) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Attributes.s(pk)));
        if (prefix != null) {
            values.put(":prefix", Attributes.s(prefix));
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).consistentRead(true).expressionAttributeValues(values)
                        .keyConditionExpression(prefix == null ? "pk = :pk" : "pk = :pk AND begins_with(sk, :prefix)"))
                .items().forEach(out::add);
        return out;
    }

    void putRaw(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    TransactWriteItem putNewRaw(Map<String, AttributeValue> item) {
        return put(item, NEW, null, null);
    }

    static Map<String, AttributeValue> child(String pk, String sk, String kind, Object value) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", Attributes.s(pk));
        item.put("sk", Attributes.s(sk));
        item.put("kind", Attributes.s(kind));
        if (value != null) {
            item.put("body", Attributes.s(Json.write(value)));
        }
        return item;
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
