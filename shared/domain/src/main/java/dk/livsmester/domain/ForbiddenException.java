package dk.livsmester.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

public class ForbiddenException extends DomainException {
    public ForbiddenException(Role actual, Role... allowed) {
        super("FORBIDDEN", Text.of(
                "Du har ikke adgang til dette.",
                "Role " + actual.wireName() + " may not do this; allowed: "
                        + Arrays.stream(allowed).map(Role::wireName).collect(Collectors.joining(", ")) + "."));
    }

    public ForbiddenException(Text text) {
        super("FORBIDDEN", text);
    }
}
