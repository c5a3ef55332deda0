package dk.livsmester.platform.snapstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dk.livsmester.platform.http.ApiFunction;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * An HTTP function whose SnapStart snapshot is taken after one request through its own router: a route of the
 * function without a token, so the event mapping, routing, the token filter, the error body's JSON and the response
 * mapping are loaded and compiled before the snapshot, and nothing is read or written on anyone's behalf.
 * It is an {@link ApiFunction}, so a bodiless action route is handled as on every request.
 */
public abstract class PrimedHttpFunction extends ApiFunction implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(PrimedHttpFunction.class);
    private final String method;
    private final String path;
    private volatile int lastPrimingStatus = -1;

    protected PrimedHttpFunction(String method, String path) {
        this.method = method;
        this.path = path;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        APIGatewayV2HTTPResponse response = handleRequest(primingEvent(method, path), null);
        lastPrimingStatus = response.getStatusCode();
        LOG.info("primed route method={} path={} status={}", method, path, lastPrimingStatus);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing of the router's to renew: the shared state (random generator) is SnapStartPriming's.
    }

    /** The status the priming request got, -1 before any (for the tests). */
    public int lastPrimingStatus() {
        return lastPrimingStatus;
    }

    /** An HTTP API (payload 2.0) event as API Gateway sends it, without a token. */
    static APIGatewayV2HTTPEvent primingEvent(String method, String path) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path)
                .withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("accept", "application/json", "content-type", "application/json"))
                .withBody("POST".equals(method) || "PUT".equals(method) ? "{}" : null)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withStage("$default")
                        .withRequestId("snapstart-priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                .withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").withUserAgent("snapstart-priming").build())
                        .build())
                .build();
    }
}
