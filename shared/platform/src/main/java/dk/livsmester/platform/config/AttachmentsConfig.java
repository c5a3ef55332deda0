package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The attachments' bucket and how long presigned URLs live (LIVSMESTER_ATTACHMENTS_*). Short on purpose: an upload
 * URL is used at once by the page that asked for it, a download URL by the click that asked for it; a URL that leaks
 * later has expired.
 */
@ConfigurationProperties("livsmester.attachments")
public interface AttachmentsConfig {
    /**
     * Only the functions that hold attachments are given it (template.yaml); the others' contexts must start without
     * it, so it is checked where it is used ({@code S3AttachmentFiles}), not at every start.
     */
    @Bindable(defaultValue = "")
    String getBucket();

    @Bindable(defaultValue = "300")
    @Min(30)
    @Max(3600)
    int getUploadSeconds();

    @Bindable(defaultValue = "60")
    @Min(10)
    @Max(900)
    int getDownloadSeconds();
}
