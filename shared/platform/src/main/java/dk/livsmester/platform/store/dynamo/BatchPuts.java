package dk.livsmester.platform.store.dynamo;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

import java.util.List;

/**
 * Puts items with BatchWriteItem, 25 a call (DynamoDB's most), and asks again, after a growing pause, for the puts a
 * call left unprocessed (DynamoDB returns them when a partition is busy; asking again at once mostly meets the same
 * limit). A batch put carries no condition, so this is only for items whose keys are new by construction; see the
 * store that uses it.
 */
final class BatchPuts {
    static final int MAX_ITEMS = 25;

    /** How a retry waits; tests pass one that records the pauses instead of sleeping. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * Up to eight tries per batch, the pause doubling from 25 ms (25 + 50 + ... + 1,600 ms: about 3 s in all, well
     * inside an API function's timeout).
     */
    static final BatchPuts STANDARD = new BatchPuts(8, 25, Thread::sleep);

    private final int tries;
    private final long firstPauseMillis;
    private final Pause pause;

    BatchPuts(int tries, long firstPauseMillis, Pause pause) {
        this.tries = tries;
        this.firstPauseMillis = firstPauseMillis;
        this.pause = pause;
    }

    /**
     * Writes every item or throws: {@link IllegalStateException} when some are still unprocessed after the last try
     * (those before them are written; a batch write is not all or none).
     */
    void put(DynamoDbEnhancedClient enhanced, DynamoDbTable<StoredItem> table, List<StoredItem> items) {
        for (int from = 0; from < items.size(); from += MAX_ITEMS) {
            List<StoredItem> left = items.subList(from, Math.min(items.size(), from + MAX_ITEMS));
            long wait = firstPauseMillis;
            for (int attempt = 1; !left.isEmpty(); attempt++) {
                if (attempt > tries) {
                    throw new IllegalStateException(left.size() + " of a batch of puts to " + table.tableName()
                            + " still unprocessed after " + tries + " tries");
                }
                if (attempt > 1) {
                    sleep(wait);
                    wait *= 2;
                }
                WriteBatch.Builder<StoredItem> batch = WriteBatch.builder(StoredItem.class).mappedTableResource(table);
                left.forEach(batch::addPutItem);
                left = enhanced.batchWriteItem(BatchWriteItemEnhancedRequest.builder().writeBatches(batch.build()).build())
                        .unprocessedPutItemsForTable(table);
            }
        }
    }

    private void sleep(long millis) {
        try {
            pause.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a batch of puts", e);
        }
    }
}
