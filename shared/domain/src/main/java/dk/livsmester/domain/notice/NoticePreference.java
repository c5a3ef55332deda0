package dk.livsmester.domain.notice;

import dk.livsmester.domain.FieldErrors;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A person's own choice: whether notices may reach them outside the app (opt-in), on which channel, in which language,
 * and the address for it. Without a choice, notices stay in the mailbox (letters are still e-mailed to the addresses
 * on the application).
 */
public record NoticePreference(String subject, boolean optIn, Channel channel, String language, String email,
                               String phone, Instant updatedAt) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,15}");

    /** The form a person sends from the settings page. */
    public record Form(Boolean optIn, Channel channel, String language, String email, String phone) {
        public NoticePreference by(String subject, Instant now) {
            boolean in = Boolean.TRUE.equals(optIn);
            Channel c = channel == null ? Channel.MAILBOX : channel;
            String mail = blank(email) ? null : email.strip();
            String tel = blank(phone) ? null : phone.strip();
            new FieldErrors()
                    .when(optIn == null, "optIn", "Vælg ja eller nej.", "optIn: true or false.")
                    .when(language != null && !language.equals("da") && !language.equals("en"), "language",
                            "Vælg dansk eller engelsk.", "language: da or en.")
                    .when(in && c == Channel.EMAIL && mail == null, "email", "Skriv din e-mail.",
                            "email: required for e-mail notices.")
                    .when(mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches()), "email",
                            "Skriv en e-mail som navn@eksempel.dk.", "email: an address like name@example.org.")
                    .when(in && c == Channel.SMS && tel == null, "phone", "Skriv dit mobilnummer.",
                            "phone: required for SMS notices.")
                    .when(tel != null && !PHONE.matcher(tel).matches(), "phone",
                            "Skriv et mobilnummer med 8 cifre, fx +45 12 34 56 78.",
                            "phone: 8 to 15 digits, e.g. +45 12 34 56 78.")
                    .throwIfAny();
            return new NoticePreference(subject, in, c, language == null ? "da" : language, mail, tel, now);
        }
    }

    /** The channel a notice goes out on: the chosen one, if opted in and it has an address; else the mailbox only. */
    public Channel effectiveChannel() {
        if (!optIn) {
            return Channel.MAILBOX;
        }
        return switch (channel) {
            case EMAIL -> email == null ? Channel.MAILBOX : Channel.EMAIL;
            case SMS -> phone == null ? Channel.MAILBOX : Channel.SMS;
            case MAILBOX -> Channel.MAILBOX;
        };
    }

    public boolean english() {
        return "en".equals(language);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
