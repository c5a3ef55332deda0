package dk.livsmester.matches;

import dk.livsmester.platform.snapstart.PrimedHttpFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class MatchesHandler extends PrimedHttpFunction {
    public MatchesHandler() {
        super("GET", "/api/matches");
    }
}
