package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Peer-guide settings (LIVSMESTER_GUIDES_*): days without a meeting before the coordinator is alerted, how many
 * candidates per request the global plan keeps, how long one matching-run invocation may write before it continues
 * in the next (well under the function's timeout), and how it writes: in batches of requests, several at once. Meeting times are in the municipality's {@link TimeZoneConfig}.
 */
@ConfigurationProperties("livsmester.guides")
public interface GuidesConfig {
    @Bindable(defaultValue = "14")
    @Min(1)
    @Max(365)
    int getInactivityDays();

    @Bindable(defaultValue = "10")
    @Min(1)
    @Max(100)
    int getCandidatesPerRequest();

    @Bindable(defaultValue = "20")
    @Min(1)
    int getRunBudgetSeconds();

    /** Requests a matching run writes in one transaction (three items each at most, of DynamoDB's 100). */
    @Bindable(defaultValue = "30")
    @Min(1)
    @Max(33)
    int getRunBatchSize();

    /** Batches a matching run writes at once: they touch different requests, so they do not contend. */
    @Bindable(defaultValue = "4")
    @Min(1)
    @Max(16)
    int getRunWriters();
}
