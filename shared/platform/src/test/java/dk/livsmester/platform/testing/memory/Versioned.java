package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.platform.store.Page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Aggregates by id with the two conditions the DynamoDB stores write under: "new" (the id is unused) and "unchanged"
 * (still at the version and status it was read at). The fakes check every condition of a change before they apply any
 * of it, in the order the DynamoDB store adds its steps, so the first refused one names the outcome there too.
 */
final class Versioned<T> {
    private final Map<String, T> items = new LinkedHashMap<>();
    private final Function<T, String> id;
    private final ToLongFunction<T> version;
    private final Function<T, Object> status;
    private final String noun;

    Versioned(String noun, Function<T, String> id, ToLongFunction<T> version, Function<T, Object> status) {
        this.noun = noun;
        this.id = id;
        this.version = version;
        this.status = status;
    }

    Optional<T> find(String key) {
        return Optional.ofNullable(items.get(key));
    }

    T get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException(noun, key));
    }

    boolean isNew(T value) {
        return !items.containsKey(id.apply(value));
    }

    boolean unchanged(T before) {
        T stored = items.get(id.apply(before));
        return stored != null && version.applyAsLong(stored) == version.applyAsLong(before)
                && status.apply(stored).equals(status.apply(before));
    }

    void put(T value) {
        items.put(id.apply(value), value);
    }

    List<T> where(Predicate<T> filter, Comparator<T> order) {
        List<T> out = new ArrayList<>(items.values().stream().filter(filter).toList());
        out.sort(order);
        return out;
    }

    /** A page of {@code all}; the cursor is the offset of the next page. */
    static <T> Page<T> page(List<T> all, int limit, String cursor) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + limit);
        return new Page<>(List.copyOf(all.subList(from, to)), to < all.size() ? Integer.toString(to) : null);
    }
}
