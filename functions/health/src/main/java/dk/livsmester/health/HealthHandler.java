package dk.livsmester.health;

import dk.livsmester.platform.http.ApiFunction;

/** Lambda entry point (HTTP API payload 2.0): Micronaut routes the event to this module's controllers. */
public class HealthHandler extends ApiFunction {
}
