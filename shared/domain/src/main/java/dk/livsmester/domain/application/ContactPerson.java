package dk.livsmester.domain.application;

/** The contact person or support worker who applies together with the citizen. */
public record ContactPerson(String name, String role, String email, String phone) {
}
