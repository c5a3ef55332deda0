package dk.livsmester.ledger;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** Lambda entry point (HTTP API payload 2.0) for finance's writes to pools and ledgers. */
public class LedgerHandler extends APIGatewayV2HTTPEventFunction {
}
