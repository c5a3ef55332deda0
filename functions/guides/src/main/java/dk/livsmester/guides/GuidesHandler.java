package dk.livsmester.guides;

import dk.livsmester.platform.http.ApiFunction;

/** Lambda entry point (HTTP API payload 2.0). */
public class GuidesHandler extends ApiFunction {
}
