package dk.livsmester.identity;

/** Applies the web client's settings in the user pool. */
public interface WebClients {
    void apply(WebClientSettings settings);
}
