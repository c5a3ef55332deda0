package dk.livsmester.guides;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class GuidesHandler extends PrimedHttpFunction {
    public GuidesHandler() {
        super("GET", "/api/guides");
    }
}
