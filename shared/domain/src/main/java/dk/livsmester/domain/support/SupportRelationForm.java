package dk.livsmester.domain.support;

import dk.livsmester.domain.FieldErrors;

import java.util.regex.Pattern;

/**
 * What staff register: a contact person supports a citizen. Both are named by their sign-in subject (in AWS the
 * citizen's comes from their MitID sign-in), with a display name; never a CPR number.
 */
public record SupportRelationForm(String contactSubject, String contactName, String citizenSubject, String citizenName) {
    /** Ten digits, with or without the dash: a CPR number, which this system must not store. */
    private static final Pattern CPR = Pattern.compile(".*\\d{6}-?\\d{4}.*");

    public void validate() {
        FieldErrors e = new FieldErrors()
                .text("contactSubject", contactSubject, 200, true)
                .text("contactName", contactName, 100, true)
                .text("citizenSubject", citizenSubject, 200, true)
                .text("citizenName", citizenName, 100, true);
        for (String[] f : new String[][]{{"contactSubject", contactSubject}, {"citizenSubject", citizenSubject},
                {"citizenName", citizenName}, {"contactName", contactName}}) {
            e.when(f[1] != null && CPR.matcher(f[1]).matches(), f[0], "Skriv ikke et CPR-nummer her.",
                    f[0] + " must not hold a CPR number: use the person's sign-in identity.");
        }
        e.when(contactSubject != null && contactSubject.equals(citizenSubject), "citizenSubject",
                "Kontaktpersonen og borgeren skal være to forskellige personer.",
                "citizenSubject must differ from contactSubject.");
        e.throwIfAny();
    }
}
