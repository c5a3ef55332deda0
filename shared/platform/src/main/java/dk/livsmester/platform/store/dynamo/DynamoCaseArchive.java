package dk.livsmester.platform.store.dynamo;

import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.CaseArchive;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ApplicationsTable, {@code ARCHIVE#<application id>} / {@code META}: a case's export for the archive, JSON body,
 * written once (a conditional put). Its own partition, so erasing the case leaves it.
 */
@Singleton
public class DynamoCaseArchive implements CaseArchive {
    static final ItemCodec<CaseExport> CODEC = new ItemCodec<>(CaseExport.class, "ARCHIVE", "ARCHIVE", List.of(),
            e -> Map.of());

    private final DynamoCollection<CaseExport> collection;

    public DynamoCaseArchive(DynamoDbEnhancedClient client, TablesConfig tables) {
        this.collection = new DynamoCollection<>(client, tables.getApplications(), CODEC, "case export");
    }

    @Override
    public boolean archive(CaseExport export) {
        return collection.putOnce(export);
    }

    @Override
    public Optional<CaseExport> find(String applicationId) {
        return collection.find(applicationId);
    }
}
