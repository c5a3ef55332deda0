package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The attachments' bucket and how long presigned URLs live (LIVSMESTER_ATTACHMENTS_*). Short on purpose: an upload
 * URL is used at once by the page that asked for it, a download URL by the click that asked for it; a URL that leaks
 * later has expired.
 */
@ConfigurationProperties("livsmester.attachments")
public interface AttachmentsConfig {
    @NotBlank
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
