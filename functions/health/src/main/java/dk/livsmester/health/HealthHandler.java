package dk.livsmester.health;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0): Micronaut routes the event to this module's controllers. */
public class HealthHandler extends PrimedHttpFunction {
    public HealthHandler() {
        super("GET", "/api/health");
    }
}
