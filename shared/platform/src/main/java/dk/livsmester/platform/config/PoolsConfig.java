package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** Pool defaults: a new pool holds 500,000 DKK (the pilot's) unless finance says otherwise. */
@ConfigurationProperties("livsmester.pools")
public interface PoolsConfig {
    @Bindable(defaultValue = "50000000")
    @Positive
    long getDefaultTotalOre();
}
