package dk.livsmester.decisions;

import dk.livsmester.platform.http.ApiFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class DecisionsHandler extends ApiFunction {
}
