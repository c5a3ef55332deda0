package dk.livsmester.local.web;

import dk.livsmester.platform.config.DomainFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The functions' clock in a runtime a browser test starts with {@link #PROPERTY} set, which the test may set back: an
 * application submitted "fifteen days ago" is overdue today on the real runtime, without waiting fifteen days. Only
 * the injected clock of the services moves; the sign-in, the tokens and their checks keep the real time.
 */
final class MovableClock extends Clock {
    static final String PROPERTY = "livsmester.test.movable-clock";
    static final MovableClock INSTANCE = new MovableClock();
    private volatile Duration offset = Duration.ZERO;

    private MovableClock() {
    }

    /** From now on the functions' time is {@code ago} before the real time. */
    static void setBack(Duration ago) {
        INSTANCE.offset = ago.negated();
    }

    static void reset() {
        INSTANCE.offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The functions' clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Puts the movable clock in the place of {@link DomainFactory}'s, in every function of such a runtime. */
    @Factory
    @Requires(property = PROPERTY, value = "true")
    static class Beans {
        @Singleton
        @Replaces(bean = Clock.class, factory = DomainFactory.class)
        Clock clock() {
            return INSTANCE;
        }
    }
}
