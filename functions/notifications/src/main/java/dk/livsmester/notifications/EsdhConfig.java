package dk.livsmester.notifications;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the case records are put for the municipality's case system (LIVSMESTER_ESDH_*): the bucket, whose
 * {@code case-records/} prefix is theirs. Its queue is {@code livsmester.queues.esdh}.
 */
@ConfigurationProperties("livsmester.esdh")
public interface EsdhConfig {
    /** Checked where a record is filed ({@link S3CaseArchive}), so a context without it still starts. */
    @Bindable(defaultValue = "")
    String getBucket();
}
