package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/**
 * Pool defaults: a new pool holds 500,000 DKK (the pilot's) and takes 500–100,000 DKK an application unless finance
 * says otherwise.
 */
@ConfigurationProperties("livsmester.pools")
public interface PoolsConfig {
    @Bindable(defaultValue = "50000000")
    @Positive
    long getDefaultTotalOre();

    /** The smallest amount of one application or grant in a new pool, unless finance says otherwise (500 DKK). */
    @Bindable(defaultValue = "50000")
    @Positive
    long getDefaultMinAmountOre();

    /** The largest amount of one application or grant in a new pool, unless finance says otherwise (100,000 DKK). */
    @Bindable(defaultValue = "10000000")
    @Positive
    long getDefaultMaxAmountOre();
}
