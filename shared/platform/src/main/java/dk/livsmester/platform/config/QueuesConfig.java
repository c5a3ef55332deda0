package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** Queue URLs. A function that does not publish to a queue needs no URL for it. */
@ConfigurationProperties("livsmester.queues")
public interface QueuesConfig {
    @Nullable
    String getReview();

    @Nullable
    String getNotifications();

    @Nullable
    String getMatching();

    /** Case records for the municipality's case system (ESDH) to pick up. */
    @Nullable
    String getEsdh();
}
