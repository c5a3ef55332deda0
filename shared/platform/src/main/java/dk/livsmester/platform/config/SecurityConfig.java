package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits against guessing and forging (LIVSMESTER_SECURITY_*): how many tries at an application's confirmation code
 * an hour, counted per application and per caller alike; the key that seals paging cursors.
 */
@ConfigurationProperties("livsmester.security")
public interface SecurityConfig {
    @Bindable(defaultValue = "5")
    @Min(1)
    @Max(100)
    int getConfirmationTriesPerHour();

    /** The HMAC key of paging cursors; empty: one made per instance (cursors then hold only where they were made). */
    @Nullable
    String getCursorKey();
}
