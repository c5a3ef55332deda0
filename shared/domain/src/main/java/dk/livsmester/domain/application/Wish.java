package dk.livsmester.domain.application;

/** "My wish": the headline, the description, and how it helps the citizen master their life. */
public record Wish(String headline, String description, String howItHelps) {
}
