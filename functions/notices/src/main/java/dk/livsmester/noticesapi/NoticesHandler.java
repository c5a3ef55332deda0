package dk.livsmester.noticesapi;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class NoticesHandler extends PrimedHttpFunction {
    public NoticesHandler() {
        super("GET", "/api/notices");
    }
}
