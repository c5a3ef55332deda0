package dk.livsmester.pools;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class PoolsHandler extends PrimedHttpFunction {
    public PoolsHandler() {
        super("GET", "/api/pools");
    }
}
