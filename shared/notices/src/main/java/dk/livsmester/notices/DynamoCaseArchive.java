package dk.livsmester.notices;

import dk.livsmester.domain.archive.CaseRecord;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.dynamo.DynamoCollection;
import dk.livsmester.platform.store.dynamo.ItemCodec;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case archive in NoticesTable until the archive bucket exists: {@code CASE#<record id>} / {@code RECORD} (the
 * metadata, written once: a conditional put) and {@code CASE#<record id>} / {@code PDF} (the PDF, base64; a few KB).
 */
@Singleton
public class DynamoCaseArchive implements CaseArchive {
    /** The PDF as stored: its key and its bytes. */
    public record StoredPdf(String key, String base64) {
    }

    static final ItemCodec<CaseRecord> CODEC = new ItemCodec<>(CaseRecord.class, "CASE", "CASE", List.of(), r -> Map.of());
    private final DynamoCollection<CaseRecord> cases;

    public DynamoCaseArchive(DynamoDbEnhancedClient client, TablesConfig tables) {
        this.cases = new DynamoCollection<>(client, tables.getNotices(), CODEC, "case record");
    }

    @Override
    public boolean fileOnce(CaseRecord record, byte[] pdf) {
        if (find(record.id()).isPresent()) {
            return false;
        }
        // The PDF first: a crash after it leaves no record, and the retry writes both (the PDF again, the same bytes).
        cases.putChild(record.id(), "PDF", "CASE_PDF", new StoredPdf(record.pdfKey(), Base64.getEncoder().encodeToString(pdf)));
        return cases.putChildOnce(record.id(), "RECORD", "CASE_RECORD", record);
    }

    @Override
    public Optional<CaseRecord> find(String id) {
        return cases.child(id, "RECORD", CaseRecord.class);
    }

    @Override
    public Optional<byte[]> pdf(String pdfKey) {
        String id = pdfKey.substring(pdfKey.lastIndexOf('/') + 1).replaceFirst("\\.pdf$", "");
        return cases.child(id, "PDF", StoredPdf.class).filter(p -> p.key().equals(pdfKey))
                .map(p -> Base64.getDecoder().decode(p.base64()));
    }

    @Override
    public void markQueued(CaseRecord record) {
        cases.putChild(record.id(), "RECORD", "CASE_RECORD", record);
    }
}
