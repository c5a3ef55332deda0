package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Peer-guide settings (LIVSMESTER_GUIDES_*): days without a meeting before the coordinator is alerted, how many
 * candidates per request the global plan keeps, how long one matching-run invocation may write before it continues
 * in the next (well under the function's timeout). Meeting times are in the municipality's {@link TimeZoneConfig}.
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
}
