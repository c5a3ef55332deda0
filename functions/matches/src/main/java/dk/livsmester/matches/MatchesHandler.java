package dk.livsmester.matches;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class MatchesHandler extends APIGatewayV2HTTPEventFunction {
}
