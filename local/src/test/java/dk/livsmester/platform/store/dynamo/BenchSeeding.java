package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark data stored fast: the items exactly as the guide and request stores write them (their codecs), but in
 * batch writes of 25 instead of one transaction each, so seeding 12,000 items does not take longer than what is
 * measured. Only for new items of a fresh table. Not a store: benchmark code only (local's test code, in this package
 * for the codecs).
 */
public final class BenchSeeding {
    private BenchSeeding() {
    }

    public static void store(DynamoDbClient client, String table, List<Guide> guides, List<GuideRequest> requests)
            throws Exception {
        DynamoCollection<Guide> g = new DynamoCollection<>(client, table, DynamoGuideStore.CODEC, "guide");
        DynamoCollection<GuideRequest> q = new DynamoCollection<>(client, table, DynamoGuideRequestStore.CODEC, "request");
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        guides.forEach(x -> items.add(g.putNew(x).put().item()));
        requests.forEach(x -> items.add(q.putNew(x).put().item()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < items.size(); from += 25) {
                List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25)).stream()
                        .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList();
                done.add(pool.submit(() -> write(client, table, batch)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> left = Map.of(table, batch);
        while (!left.isEmpty() && !left.getOrDefault(table, List.of()).isEmpty()) {
            Map<String, List<WriteRequest>> request = left;
            BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(request));
            left = r.unprocessedItems();
        }
    }
}
