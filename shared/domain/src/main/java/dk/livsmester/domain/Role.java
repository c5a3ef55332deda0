package dk.livsmester.domain;

import java.util.Arrays;
import java.util.Optional;

/** The roles a caller can have; the wire name is what tokens carry (Cognito group names). */
public enum Role {
    CITIZEN("citizen"),
    CONTACT_PERSON("contact-person"),
    TEAM("team"),
    COORDINATOR("coordinator"),
    GUIDE("guide"),
    FINANCE("finance"),
    ADMIN("admin"),
    /** Reads the read log (who read which citizen's data) and nothing else. */
    AUDITOR("auditor");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
