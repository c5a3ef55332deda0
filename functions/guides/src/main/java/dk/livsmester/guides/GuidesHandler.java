package dk.livsmester.guides;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class GuidesHandler extends APIGatewayV2HTTPEventFunction {
}
