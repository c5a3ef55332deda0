package dk.livsmester.local.bench;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the item writes every DynamoDB client in this JVM sends (the SDK adds interceptors named in
 * software/amazon/awssdk/global/handlers/execution.interceptors to every client): the throughput benchmark's
 * "writes one application needs". Test class path only; it counts, nothing more.
 */
public final class WriteCounter implements ExecutionInterceptor {
    static final AtomicLong ITEMS = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        if (r instanceof PutItemRequest || r instanceof UpdateItemRequest || r instanceof DeleteItemRequest) {
            ITEMS.incrementAndGet();
        } else if (r instanceof TransactWriteItemsRequest t) {
            ITEMS.addAndGet(t.transactItems().stream().filter(i -> i.conditionCheck() == null).count());
        } else if (r instanceof BatchWriteItemRequest b) {
            ITEMS.addAndGet(b.requestItems().values().stream().mapToLong(java.util.List::size).sum());
        }
    }
}
