package dk.livsmester.local;

/** An invented person the local runtime can sign in. */
public record DemoUser(String sub, String name, String role) {
    /** An invented address in a domain reserved for examples, for the ID token's email claim. */
    public String email() {
        return sub + "@example.org";
    }
}
