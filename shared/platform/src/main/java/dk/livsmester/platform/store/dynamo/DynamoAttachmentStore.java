package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.AttachmentStore;
import dk.livsmester.platform.store.Json;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ApplicationsTable, beside the application: {@code APP#<applicationId>} / {@code ATTACH#<attachmentId>}, the
 * attachment as a JSON {@code body} with its {@code status} top-level, so that the check's write can be conditional on
 * it: a pending attachment is settled once, and a redelivered event finds it settled and changes nothing.
 */
@Singleton
public class DynamoAttachmentStore implements AttachmentStore {
    static final String KIND = "ATTACHMENT";

    private final DynamoDbClient client;
    private final String table;

    public DynamoAttachmentStore(DynamoDbClient client, TablesConfig tables) {
        this.client = client;
        this.table = tables.getApplications();
    }

    @Override
    public void create(Attachment a) {
        try {
            client.putItem(b -> b.tableName(table).item(item(a)).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException taken) {
            // Ids are random; a clash is a bug or a replay, never two files under one record.
            throw new ConflictException("ATTACHMENT_EXISTS", Text.of("Filen er allerede meldt.", "The file was announced already."));
        }
    }

    @Override
    public Optional<Attachment> find(String applicationId, String attachmentId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", Attributes.s(pk(applicationId)), "sk", Attributes.s(sk(attachmentId))))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(decode(item));
    }

    @Override
    public List<Attachment> of(String applicationId) {
        return client.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :sk)")
                        .expressionAttributeValues(Map.of(":pk", Attributes.s(pk(applicationId)), ":sk", Attributes.s("ATTACH#"))))
                .items().stream().map(DynamoAttachmentStore::decode)
                .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(Attachment::id)).toList();
    }

    @Override
    public boolean settle(Attachment checked) {
        if (checked.status() == AttachmentStatus.PENDING) {
            throw new IllegalArgumentException("settle writes a checked attachment");
        }
        try {
            client.putItem(b -> b.tableName(table).item(item(checked)).conditionExpression("#s = :pending")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":pending", Attributes.s(AttachmentStatus.PENDING.name()))));
            return true;
        } catch (ConditionalCheckFailedException settledAlready) {
            return false;
        }
    }

    @Override
    public void delete(String applicationId, String attachmentId) {
        client.deleteItem(b -> b.tableName(table)
                .key(Map.of("pk", Attributes.s(pk(applicationId)), "sk", Attributes.s(sk(attachmentId)))));
    }

    private static String pk(String applicationId) {
        return "APP#" + applicationId;
    }

    private static String sk(String attachmentId) {
        return "ATTACH#" + attachmentId;
    }

    private static Map<String, AttributeValue> item(Attachment a) {
        return Map.of("pk", Attributes.s(pk(a.applicationId())), "sk", Attributes.s(sk(a.id())),
                "kind", Attributes.s(KIND), "status", Attributes.s(a.status().name()),
                "body", Attributes.s(Json.write(a)));
    }

    private static Attachment decode(Map<String, AttributeValue> item) {
        return Json.read(item.get("body").s(), Attachment.class);
    }
}
