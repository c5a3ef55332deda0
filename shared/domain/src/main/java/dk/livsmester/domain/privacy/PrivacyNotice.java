package dk.livsmester.domain.privacy;

import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;

/**
 * The privacy notice every person is shown at their first sign-in (GDPR art. 13: what is held, why, who sees it, how
 * long, their rights), and again when its text changes: {@link #VERSION} names the text the pages show, and a person
 * who acknowledged an earlier one is asked again. It is information, not consent: nothing is refused until it is
 * acknowledged. Citizens and contact persons read the easy-read wording, staff the staff wording.
 */
public final class PrivacyNotice {
    /** The notice's current text; the pages send it back with the acknowledgement. Change it with the text. */
    public static final String VERSION = "2026-12-01";

    private PrivacyNotice() {
    }

    /** Which wording a role reads: {@code citizen}, {@code contact-person} or {@code staff}. */
    public static String audience(Role role) {
        return switch (role) {
            case CITIZEN -> "citizen";
            case CONTACT_PERSON -> "contact-person";
            default -> "staff";
        };
    }

    /** What the pages ask: the current version, the wording, and whether this person still has to read it. */
    public record Status(String version, String audience, boolean due, String acknowledgedVersion, Instant acknowledgedAt) {
        public static Status of(Role role, Acknowledgement current) {
            return new Status(VERSION, PrivacyNotice.audience(role), current == null, current == null ? null : current.version(),
                    current == null ? null : current.at());
        }
    }

    /** "Jeg har læst det": who, in which role, which version, when. Written once per person and version. */
    public record Acknowledgement(String subject, String role, String version, Instant at) {
    }

    /** The body of an acknowledgement: the version the page showed. */
    public record Form(String version) {
        /** The version, if it is the current one; else a 400 naming {@code version}. */
        public String checked() {
            if (version == null || version.isBlank()) {
                throw ValidationException.single("version", "Siden mangler at sige, hvilken udgave du har læst. Prøv igen.",
                        "version: the notice's version is required.");
            }
            if (!VERSION.equals(version.strip())) {
                throw ValidationException.single("version",
                        "Der er kommet en ny udgave af teksten. Læs den nye, og tryk igen.",
                        "version: not the current notice; read the current one and acknowledge again.");
            }
            return VERSION;
        }
    }
}
