package dk.livsmester.decisions;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class DecisionsHandler extends PrimedHttpFunction {
    public DecisionsHandler() {
        super("POST", "/api/applications/priming/decision");
    }
}
