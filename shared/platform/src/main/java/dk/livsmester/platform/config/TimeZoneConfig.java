package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

import java.time.ZoneId;

/**
 * The municipality's time zone ({@code livsmester.time-zone}, LIVSMESTER_TIME_ZONE): the one setting the answer
 * window's dates, the finance figures' days and months, and the guides' meeting times are reckoned in.
 */
@ConfigurationProperties("livsmester")
public interface TimeZoneConfig {
    @Bindable(defaultValue = "Europe/Copenhagen")
    @NotBlank
    String getTimeZone();

    default ZoneId zone() {
        return ZoneId.of(getTimeZone());
    }
}
