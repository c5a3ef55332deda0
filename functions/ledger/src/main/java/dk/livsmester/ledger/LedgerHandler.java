package dk.livsmester.ledger;

import dk.livsmester.platform.http.ApiFunction;

/** Lambda entry point (HTTP API payload 2.0) for finance's writes to pools and ledgers. */
public class LedgerHandler extends ApiFunction {
}
