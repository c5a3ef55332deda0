package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits against guessing (LIVSMESTER_SECURITY_*): how many tries at an application's confirmation code an hour,
 * counted per application and per caller alike.
 */
@ConfigurationProperties("livsmester.security")
public interface SecurityConfig {
    @Bindable(defaultValue = "5")
    @Min(1)
    @Max(100)
    int getConfirmationTriesPerHour();
}
