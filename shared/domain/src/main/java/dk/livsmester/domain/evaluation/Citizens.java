package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Application;

import java.util.Locale;

/**
 * Who an application is for, as one key for counting people (never shown): the citizen's sign-in subject when known,
 * else the first applicant's name and birth date (a contact person may apply for a citizen without a login).
 */
final class Citizens {
    private Citizens() {
    }

    static String key(Application a) {
        if (a.citizenSubject() != null) {
            return "sub:" + a.citizenSubject();
        }
        if (a.applicants() == null || a.applicants().isEmpty()) {
            return "app:" + a.id();
        }
        Applicant first = a.applicants().get(0);
        String name = first.name() == null ? "" : first.name().strip().toLowerCase(Locale.ROOT);
        return "person:" + name + "|" + first.birthDate();
    }
}
