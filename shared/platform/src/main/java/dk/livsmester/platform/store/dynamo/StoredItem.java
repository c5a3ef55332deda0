package dk.livsmester.platform.store.dynamo;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

/**
 * One item of any of the single-table tables, as the Enhanced Client maps it: {@code pk} / {@code sk}, the
 * {@code kind}, the JSON {@code body}, the aggregate's top-level attributes (a string or a number each, as the
 * {@link ItemCodec} decides) and any further string attributes (index keys, the outbox's target and pending mark),
 * flattened to the top level. The schemas are built by hand ({@link StaticTableSchema}): no bean introspection, so
 * nothing reflective to configure for a Lambda cold start.
 */
final class StoredItem {
    String pk;
    String sk;
    String kind;
    String body;
    /** The codec's top-level attributes, stored as they are (S or N). */
    final Map<String, AttributeValue> topLevel = new LinkedHashMap<>();
    /** Further string attributes: index keys and the like. */
    final Map<String, String> strings = new HashMap<>();

    static StoredItem of(String pk, String sk, String kind, String body) {
        StoredItem i = new StoredItem();
        i.pk = pk;
        i.sk = sk;
        i.kind = kind;
        i.body = body;
        return i;
    }

    /** The schema of items with the top-level attributes {@code topLevel} (none for child items and events). */
    static TableSchema<StoredItem> schema(List<String> topLevel) {
        return builder(topLevel, List.of()).build();
    }

    /**
     * The same schema, with {@code index}'s partition key declared (the Enhanced Client queries an index only by a
     * declared key attribute); every other string attribute stays in the flattened map.
     */
    static TableSchema<StoredItem> schema(List<String> topLevel, DynamoCollection.Index index) {
        String key = index.partitionKey();
        String sort = index.sortKey();
        StaticTableSchema.Builder<StoredItem> b = builder(topLevel, sort == null ? List.of(key) : List.of(key, sort))
                .addAttribute(String.class, a -> a.name(key)
                .getter(i -> i.strings.get(key)).setter((i, v) -> put(i.strings, key, v))
                .tags(secondaryPartitionKey(index.name())));
        if (sort != null) {
            b.addAttribute(String.class, a -> a.name(sort).getter(i -> i.strings.get(sort))
                    .setter((i, v) -> put(i.strings, sort, v)).tags(secondarySortKey(index.name())));
        }
        return b.build();
    }

    private static StaticTableSchema.Builder<StoredItem> builder(List<String> topLevel, List<String> declared) {
        StaticTableSchema.Builder<StoredItem> b = StaticTableSchema.builder(StoredItem.class)
                .newItemSupplier(StoredItem::new)
                .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v)
                        .tags(primarySortKey()))
                .addAttribute(String.class, a -> a.name("kind").getter(i -> i.kind).setter((i, v) -> i.kind = v))
                .addAttribute(String.class, a -> a.name("body").getter(i -> i.body).setter((i, v) -> i.body = v));
        for (String name : topLevel) {
            b.addAttribute(EnhancedType.of(AttributeValue.class), a -> a.name(name).attributeConverter(AsStored.INSTANCE)
                    .getter(i -> i.topLevel.get(name)).setter((i, v) -> put(i.topLevel, name, v)));
        }
        return b.flatten("strings", i -> declared.isEmpty() ? i.strings : without(i.strings, declared),
                (i, m) -> {
                    if (m != null) {
                        i.strings.putAll(m);
                    }
                });
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, String> without(Map<String, String> map, List<String> keys) {
        Map<String, String> rest = new HashMap<>(map);
        keys.forEach(rest::remove);
        return rest;
    }

    /**
     * A top-level attribute as stored: a counter is a number, a status a string, and which one is the codec's
     * business (it follows the aggregate's JSON), so the schema passes the value through unchanged.
     */
    enum AsStored implements AttributeConverter<AttributeValue> {
        INSTANCE;

        @Override
        public AttributeValue transformFrom(AttributeValue input) {
            return input;
        }

        @Override
        public AttributeValue transformTo(AttributeValue input) {
            return input;
        }

        @Override
        public EnhancedType<AttributeValue> type() {
            return EnhancedType.of(AttributeValue.class);
        }

        /** Only consulted for key attributes, which these never are. */
        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.S;
        }
    }
}
