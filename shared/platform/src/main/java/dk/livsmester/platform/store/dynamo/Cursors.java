package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ValidationException;
import dk.livsmester.platform.store.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Opaque paging cursors: DynamoDB's last evaluated key (string attributes only), base64url JSON. The API hands them
 * out sealed ({@code <cursor>.<mac>}, see the HTTP edge's PageCursors, which checks the seal); the seal is dropped here.
 */
final class Cursors {
    private Cursors() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, String> flat = new HashMap<>();
        lastKey.forEach((k, v) -> flat.put(k, v.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(flat).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        int seal = cursor.indexOf('.');
        String bare = seal < 0 ? cursor : cursor.substring(0, seal);
        try {
            Map<String, String> flat = Json.read(new String(Base64.getUrlDecoder().decode(bare), StandardCharsets.UTF_8), Map.class);
            Map<String, AttributeValue> out = new HashMap<>();
            flat.forEach((k, v) -> out.put(k, AttributeValue.builder().s(v).build()));
            return out;
        } catch (RuntimeException e) {
            throw ValidationException.invalidCursor();
        }
    }
}
