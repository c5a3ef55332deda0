package dk.livsmester.notifications;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.notices.SesMailer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the receipt and the decision letters, in easy-read Danish and in English, into the application's outbox.
 * The letter's key is the status and version it reports, written once: a redelivered event writes no second letter.
 * The receipt gives the due date the application was submitted with (the configured answer window's).
 */
@Singleton
public class LetterService {
    private static final Logger LOG = LoggerFactory.getLogger(LetterService.class);
    private static final DateTimeFormatter DA_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The approval letter's next steps when the pool words none: how the citizen gets the money. */
    static final String NEXT_STEPS_DA = "Sådan får du pengene: Køb det sammen med din kontaktperson, og gem kvitteringen. "
            + "Din kontaktperson sender kvitteringen til teamet. Så betaler vi pengene til dig.";
    static final String NEXT_STEPS_EN = "How you get the money: buy it together with your contact person and keep the receipt. "
            + "Your contact person sends the receipt to the team. Then we pay the money to you.";

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final SesMailer mailer;
    private final LetterNotices notices;
    private final Clock clock;

    public LetterService(ApplicationStore applications, PoolStore pools, SesMailer mailer, LetterNotices notices,
                         Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.mailer = mailer;
        this.notices = notices;
        this.clock = clock;
    }

    public void handle(EventMessage message) {
        if (!EventMessage.APPLICATION_STATUS_CHANGED.equals(message.type())) {
            return;
        }
        Application app = applications.get(message.subjectId());
        ApplicationStatus status = ApplicationStatus.valueOf(message.status());
        Optional<Letter> letter = render(app, status, message.version());
        if (letter.isEmpty()) {
            return;
        }
        boolean written = applications.putLetterOnce(letter.get());
        LOG.info("letter applicationId={} kind={} written={}", app.id(), letter.get().kind(), written);
        if (mailer.enabled()) {
            email(app, letter.get().key());
        }
        notices.letterWritten(app, letter.get());
    }

    /**
     * E-mails a stored letter that has not been e-mailed yet, then records that it was. A crash between the two sends
     * it again on redelivery (at least once); a letter marked as e-mailed is never sent twice.
     */
    private void email(Application app, String key) {
        Letter stored = applications.letter(app.id(), key).orElseThrow();
        if (stored.emailedAt() != null) {
            return;
        }
        List<String> to = new ArrayList<>();
        app.applicants().stream().map(a -> a.email()).filter(e -> e != null && !e.isBlank()).forEach(to::add);
        if (app.contactPerson() != null && app.contactPerson().email() != null && !app.contactPerson().email().isBlank()) {
            to.add(app.contactPerson().email());
        }
        if (to.isEmpty()) {
            return;
        }
        mailer.send(to, stored.subjectDa() + " / " + stored.subjectEn(), stored.bodyDa() + "\n\n---\n\n" + stored.bodyEn());
        applications.updateLetter(stored.emailed(clock.instant()));
        LOG.info("letter e-mailed applicationId={} kind={} recipients={}", app.id(), stored.kind(), to.size());
    }

    Optional<Letter> render(Application app, ApplicationStatus status, long version) {
        String key = status.name() + "#v" + version;
        Pool pool = status == ApplicationStatus.APPROVED || status == ApplicationStatus.PARTIALLY_APPROVED
                ? pools.find(app.poolId()).orElse(null) : null;
        String nextDa = pool != null && pool.approvalNextStepsDa() != null ? pool.approvalNextStepsDa() : NEXT_STEPS_DA;
        String nextEn = pool != null && pool.approvalNextStepsEn() != null ? pool.approvalNextStepsEn() : NEXT_STEPS_EN;
        String headline = app.wish() == null ? "" : app.wish().headline();
        Decision d = app.decision();
        return switch (status) {
            case SUBMITTED -> Optional.of(letter(key, "RECEIPT", app, version,
                    "Vi har fået din ansøgning",
                    "Tak for din ansøgning om \"" + headline + "\".\nVi har fået den.\nDu får svar senest "
                            + DA_DATE.format(app.dueDate()) + ".",
                    "We have received your application",
                    "Thank you for your application for \"" + headline + "\".\nWe have received it.\nYou will get an answer by "
                            + EN_DATE.format(app.dueDate()) + "."));
            case APPROVED, PARTIALLY_APPROVED -> d == null ? Optional.empty() : Optional.of(letter(key, "DECISION", app, version,
                    status == ApplicationStatus.APPROVED ? "Du får pengene" : "Du får en del af pengene",
                    "Du får " + Money.format(d.grantedOre()) + " til \"" + headline + "\"."
                            + (d.text() == null || d.text().isBlank() ? "" : "\n" + d.text())
                            + "\n" + nextDa,
                    status == ApplicationStatus.APPROVED ? "Your application is approved" : "Your application is partly approved",
                    "You are granted " + Money.formatEn(d.grantedOre()) + " for \"" + headline + "\"."
                            + (d.text() == null || d.text().isBlank() ? "" : "\n" + d.text())
                            + "\n" + nextEn));
            case REJECTED -> d == null ? Optional.empty() : Optional.of(letter(key, "DECISION", app, version,
                    "Du får ikke pengene",
                    "Du får desværre ikke penge til \"" + headline + "\".\nDerfor: " + d.text()
                            + (d.suggestedPathDa() == null ? "" : "\nEn anden vej: " + d.suggestedPathDa())
                            + "\nDu kan ikke klage over svaret. Tal med din kontaktperson om andre muligheder.",
                    "Your application is not approved",
                    "Unfortunately you are not granted money for \"" + headline + "\".\nReason: " + d.text()
                            + (d.suggestedPathEn() == null ? "" : "\nAnother way: " + d.suggestedPathEn())
                            + "\nThis decision cannot be appealed. Talk to your contact person about other options."));
            case NEEDS_INFO -> d == null ? Optional.empty() : Optional.of(letter(key, "NEEDS_INFO", app, version,
                    "Vi har brug for mere viden",
                    "Vi mangler noget i din ansøgning: " + d.text() + "\nRet ansøgningen sammen med din kontaktperson.",
                    "We need more information",
                    "Something is missing in your application: " + d.text() + "\nImprove it together with your contact person."));
            default -> Optional.empty();
        };
    }

    private Letter letter(String key, String kind, Application app, long version, String subjectDa, String bodyDa,
                          String subjectEn, String bodyEn) {
        return new Letter(key, kind, app.id(), version, subjectDa, bodyDa, subjectEn, bodyEn, clock.instant(), null);
    }
}
