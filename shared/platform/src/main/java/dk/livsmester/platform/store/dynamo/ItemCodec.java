package dk.livsmester.platform.store.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.livsmester.platform.store.Json;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one kind of aggregate is stored: under {@code <PREFIX>#<id>} / {@code META}; the attributes that index keys,
 * conditions and counters work on at the top level; the rest of the aggregate as JSON in {@code body}. Each top-level
 * attribute is stored once: taken out of the body on the way in, put back on the way out, so a counter that a
 * conditional update changed is what the aggregate is read with.
 *
 * @param kind     the item's {@code kind} attribute, for people reading the table
 * @param prefix   the partition key's prefix ({@code GUIDE} for {@code GUIDE#<id>})
 * @param topLevel the aggregate's fields stored as top-level attributes (strings or whole numbers)
 * @param indexKeys the aggregate's index keys ({@code gsi1pk}, {@code gsi1sk}, ...)
 * @param numbers  top-level numbers the store derives and the aggregate does not hold (a time to live worked out from
 *                 its creation); each must be named in {@code topLevel} too, so the schema writes it, and it is not
 *                 read back (its value in the body on the way out is left to the mapper, which ignores unknown fields)
 */
public record ItemCodec<T>(Class<T> type, String kind, String prefix, List<String> topLevel,
                           Function<T, Map<String, String>> indexKeys, Function<T, Map<String, Long>> numbers) {
    static final String META = "META";

    public ItemCodec(Class<T> type, String kind, String prefix, List<String> topLevel,
                     Function<T, Map<String, String>> indexKeys) {
        this(type, kind, prefix, topLevel, indexKeys, v -> Map.of());
    }

    public String pk(String id) {
        return prefix + "#" + id;
    }

    Key key(String id) {
        return Key.builder().partitionValue(pk(id)).sortValue(META).build();
    }

    StoredItem encode(T value) {
        ObjectNode body = Json.MAPPER.valueToTree(value);
        StoredItem item = StoredItem.of(pk(body.get("id").asText()), META, kind, null);
        for (String field : topLevel) {
            JsonNode v = body.remove(field);
            if (v != null && !v.isNull()) {
                item.topLevel.put(field, v.isNumber() ? Attributes.n(v.asLong()) : Attributes.s(v.asText()));
            }
        }
        numbers.apply(value).forEach((name, n) -> item.topLevel.put(name, Attributes.n(n)));
        item.strings.putAll(indexKeys.apply(value));
        item.body = body.toString();
        return item;
    }

    T decode(StoredItem item) {
        try {
            ObjectNode body = (ObjectNode) Json.MAPPER.readTree(item.body);
            for (String field : topLevel) {
                AttributeValue v = item.topLevel.get(field);
                if (v != null && v.n() != null) {
                    body.put(field, Long.parseLong(v.n()));
                } else if (v != null && v.s() != null) {
                    body.put(field, v.s());
                }
            }
            return Json.MAPPER.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + kind, e);
        }
    }

    /** The version and status {@code value} was read at, for a condition that it is still so. */
    Map<String, AttributeValue> readAt(T value) {
        StoredItem item = encode(value);
        return Map.of(":v", item.topLevel.get("version"), ":s", item.topLevel.get("status"));
    }
}
