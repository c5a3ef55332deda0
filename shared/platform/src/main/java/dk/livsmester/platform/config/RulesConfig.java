package dk.livsmester.platform.config;

import dk.livsmester.domain.application.RuleSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The numbers the rule checks use; defaults are the leaflet's (18–35 years, answer within 14 days). */
@ConfigurationProperties("livsmester.rules")
public interface RulesConfig {
    @Bindable(defaultValue = "18")
    @Min(0)
    @Max(120)
    int getMinAge();

    @Bindable(defaultValue = "35")
    @Min(0)
    @Max(120)
    int getMaxAge();

    /** The team answers within this many days of the submission (the answer window). */
    @Bindable(defaultValue = "14")
    @Min(1)
    @Max(365)
    int getAnswerDays();

    /** Grants above this need a second team member's approval (the two-person rule): 50,000 DKK by default. */
    @Bindable(defaultValue = "5000000")
    @Min(0)
    long getTwoPersonThresholdOre();

    default RuleSettings toSettings() {
        return new RuleSettings(getMinAge(), getMaxAge());
    }
}
