package dk.livsmester.health;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** Lambda entry point (HTTP API payload 2.0): Micronaut routes the event to this module's controllers. */
public class HealthHandler extends APIGatewayV2HTTPEventFunction {
}
