package dk.livsmester.platform.store.dynamo;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attribute values, short. */
final class Attributes {
    private Attributes() {
    }

    static AttributeValue s(String s) {
        return AttributeValue.builder().s(s).build();
    }

    static AttributeValue n(long n) {
        return AttributeValue.builder().n(Long.toString(n)).build();
    }
}
