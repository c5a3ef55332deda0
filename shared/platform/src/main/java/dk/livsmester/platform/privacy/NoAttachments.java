package dk.livsmester.platform.privacy;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** No attachment store yet: no attachments to export or erase. Replaced by the attachment store's own bean. */
@Singleton
@Secondary
public class NoAttachments implements AttachmentRetention {
    @Override
    public List<Map<String, Object>> describe(String applicationId) {
        return List.of();
    }

    @Override
    public void erase(String applicationId) {
        // nothing is stored
    }
}
