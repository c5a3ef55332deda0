package dk.livsmester.applications;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class ApplicationsHandler extends PrimedHttpFunction {
    public ApplicationsHandler() {
        super("GET", "/api/applications/queue");
    }
}
