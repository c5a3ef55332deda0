package dk.livsmester.pools;

import dk.livsmester.platform.http.ApiFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class PoolsHandler extends ApiFunction {
}
