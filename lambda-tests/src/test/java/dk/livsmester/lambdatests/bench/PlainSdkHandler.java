package dk.livsmester.lambdatests.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.net.URI;
import java.util.Map;

/**
 * The cold-start baseline: a handler without a framework doing what a function's first request costs at least, one
 * DynamoDB query on the applications table with the same SDK and HTTP client as the functions, and a JSON answer in
 * API Gateway's shape. Run under the RIC from a function's own task folder (same jars), by ColdStartBench.
 */
public class PlainSdkHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DynamoDbClient dynamo;
    private final String table = System.getenv("LIVSMESTER_TABLES_APPLICATIONS");

    public PlainSdkHandler() {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = System.getenv("LIVSMESTER_AWS_DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        dynamo = builder.build();
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        QueryResponse r = dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("APP#none"))).limit(50));
        try {
            String body = JSON.writeValueAsString(Map.of("items", r.count()));
            return Map.of("statusCode", 200, "headers", Map.of("content-type", "application/json"), "body", body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
