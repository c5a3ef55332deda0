package dk.livsmester.platform.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every HTTP function's Lambda entry point (HTTP API payload 2.0). A POST or PUT without a body reaches the
 * controllers as JSON {@code null}: Micronaut's proxy would refuse an absent body before a controller could say what
 * is missing, so an action route that takes no body (approve, accept) would answer 400 "Empty body".
 */
public class ApiFunction extends APIGatewayV2HTTPEventFunction {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return super.handleRequest(withJsonNullForNoBody(event), context);
    }

    static APIGatewayV2HTTPEvent withJsonNullForNoBody(APIGatewayV2HTTPEvent event) {
        String method = event.getRequestContext() == null || event.getRequestContext().getHttp() == null ? null
                : event.getRequestContext().getHttp().getMethod();
        if (method == null || !WITH_BODY.contains(method) || (event.getBody() != null && !event.getBody().isBlank())) {
            return event;
        }
        Map<String, String> headers = event.getHeaders() == null ? new HashMap<>() : new HashMap<>(event.getHeaders());
        headers.putIfAbsent("content-type", "application/json");
        event.setHeaders(headers);
        event.setBody("null");
        event.setIsBase64Encoded(false);
        return event;
    }
}
