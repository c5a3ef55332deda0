package dk.livsmester.domain;

import java.util.Arrays;
import java.util.Objects;

/** Who is calling: the token's subject, display name and role. Built in one place from verified claims. */
public record Caller(String subject, String name, Role role) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        name = name == null ? subject : name;
    }

    /** Fails closed: a caller whose role is not listed gets a ForbiddenException. Admin is allowed everywhere. */
    public void require(Role... allowed) {
        if (role == Role.ADMIN) {
            return;
        }
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new ForbiddenException(role, allowed);
        }
    }

    public boolean is(Role r) {
        return role == r;
    }
}
