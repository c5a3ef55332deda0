package dk.livsmester.platform.store.dynamo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the store of every aggregate answers the same way, from its {@link DynamoCollection}: find and get by id, one or many. */
abstract class DynamoAggregateStore<T> {
    final DynamoCollection<T> collection;

    DynamoAggregateStore(DynamoCollection<T> collection) {
        this.collection = collection;
    }

    public Optional<T> find(String id) {
        return collection.find(id);
    }

    public T get(String id) {
        return collection.get(id);
    }

    public List<T> findAll(Collection<String> ids) {
        return collection.findAll(ids);
    }
}
