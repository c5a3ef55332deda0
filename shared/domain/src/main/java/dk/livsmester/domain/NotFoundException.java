package dk.livsmester.domain;

public class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super("NOT_FOUND", Text.of("Vi kan ikke finde " + what + " " + id + ".", "No " + what + " with id " + id + "."));
    }
}
