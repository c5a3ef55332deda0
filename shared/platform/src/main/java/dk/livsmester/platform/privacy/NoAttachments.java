package dk.livsmester.platform.privacy;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** No attachments' bucket in this function: no attachments to export or erase. The retention function's S3 adapter replaces it. */
@Singleton
@Secondary
public class NoAttachments implements AttachmentRetention {
    @Override
    public List<Map<String, Object>> describe(String applicationId) {
        return List.of();
    }

    @Override
    public List<Map<String, Object>> export(String applicationId) {
        return List.of();
    }

    @Override
    public void erase(String applicationId) {
        // nothing is stored
    }
}
