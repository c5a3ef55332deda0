package dk.livsmester.local;

/** An invented person the local runtime can sign a token for. */
public record DemoUser(String sub, String name, String role) {
}
