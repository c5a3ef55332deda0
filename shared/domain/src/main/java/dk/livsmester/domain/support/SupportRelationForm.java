package dk.livsmester.domain.support;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.SignInSubject;

/**
 * What staff register: a contact person supports a citizen. Both are named by their sign-in subject (in AWS the
 * citizen's comes from their MitID sign-in), with a display name; never a CPR number.
 */
public record SupportRelationForm(String contactSubject, String contactName, String citizenSubject, String citizenName) {
    public void validate() {
        FieldErrors e = new FieldErrors()
                .text("contactName", contactName, 100, true)
                .text("citizenName", citizenName, 100, true);
        SignInSubject.check(e, "contactSubject", contactSubject, true);
        SignInSubject.check(e, "citizenSubject", citizenSubject, true);
        SignInSubject.noCprIn(e, "contactName", contactName);
        SignInSubject.noCprIn(e, "citizenName", citizenName);
        e.when(contactSubject != null && contactSubject.equals(citizenSubject), "citizenSubject",
                "Kontaktpersonen og borgeren skal være to forskellige personer.",
                "citizenSubject must differ from contactSubject.");
        e.throwIfAny();
    }
}
