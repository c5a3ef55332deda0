package dk.livsmester.followup;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.application.FollowUpTiming;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.notice.DeadlineWatch;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.notices.NoticeService;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.ApplicationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the clock calls for, derived from the state each run, so a missed or repeated run loses and repeats nothing:
 * the 14-day promise's day-10 reminder and its breach (to the team; a breach also to the coordinator), the follow-up
 * notices 1 and 3 months after a grant (to the citizen and the contact person), and the coordinator's open alerts.
 * Every notice's id is its cause's, so each is sent once however often this runs; matches are {@link MatchNotices}'.
 */
@Singleton
public class NoticeSweep {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeSweep.class);
    static final Set<ApplicationStatus> GRANTED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PARTIALLY_APPROVED, ApplicationStatus.DISBURSED, ApplicationStatus.CLOSED);

    /** What one run looked at, and how many notices it could not deliver. */
    public record Result(int pipeline, int granted, int alerts, int matches, int failed) {
    }

    /**
     * One run's sends. A delivery that fails (the SMS gateway down, say) is counted and the run goes on: its notice
     * stays pending, and the next run delivers it. Only the exception's class is logged: a channel's message may carry
     * the address it was refused for.
     */
    private final class Sends {
        int failed;

        void send(Notice n) {
            try {
                notices.send(n);
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("notice not delivered noticeKind={} error={}", n.kind(), e.getClass().getSimpleName());
            }
        }
    }

    private final ApplicationStore applications;
    private final AlertStore alerts;
    private final MatchNotices matchNotices;
    private final NoticeService notices;
    private final DeadlineWatch deadlines;
    private final FollowUpTiming timing;
    private final Clock clock;

    public NoticeSweep(ApplicationStore applications, AlertStore alerts, MatchNotices matchNotices,
                       NoticeService notices, DeadlineWatch deadlines, AnswerWindow window, Clock clock) {
        this.applications = applications;
        this.alerts = alerts;
        this.matchNotices = matchNotices;
        this.notices = notices;
        this.deadlines = deadlines;
        this.timing = new FollowUpTiming(window);
        this.clock = clock;
    }

    /**
     * Sends what is due.
     *
     * @throws IllegalStateException after the whole run, when a delivery failed: so the schedule's error alarm sees it
     */
    public Result run() {
        Instant now = clock.instant();
        Sends sends = new Sends();
        var pipeline = applications.all(ApplicationStatus.PIPELINE);
        for (Application a : pipeline) {
            deadlines.reminder(a, now).ifPresent(key -> sends.send(Notice.of(NoticeKind.DEADLINE_REMINDER, key,
                    NoticeService.TEAM, a.id(), "Påmindelse: en ansøgning skal have svar senest " + a.dueDate() + ".",
                    "Reminder: an application needs an answer by " + a.dueDate() + ".",
                    "Dag " + deadlines.reminderDay() + " af " + deadlines.window().days()
                            + ": ansøgningen har ikke fået et svar endnu.",
                    "Day " + deadlines.reminderDay() + " of " + deadlines.window().days()
                            + ": the application has no answer yet.", "/review.html?id=" + a.id(), now)));
            deadlines.breach(a, now).ifPresent(key -> {
                for (String to : new String[]{NoticeService.TEAM, NoticeService.COORDINATOR}) {
                    sends.send(Notice.of(NoticeKind.DEADLINE_BREACH, key, to, a.id(),
                            "Fristen er overskredet: en ansøgning skulle have haft svar " + a.dueDate() + ".",
                            "Deadline missed: an application was due an answer on " + a.dueDate() + ".",
                            "Løftet om svar inden for " + deadlines.window().days() + " dage er brudt. Giv svar nu.",
                            "The promise of an answer within " + deadlines.window().days()
                                    + " days is broken. Answer now.", "/review.html?id=" + a.id(), now));
                }
            });
        }
        var granted = applications.all(GRANTED);
        for (Application a : granted) {
            for (FollowUp.Milestone m : FollowUp.Milestone.values()) {
                boolean answered = a.followUps().stream().anyMatch(f -> f.milestone() == m);
                if (!answered && timing.isOpen(a, m, now)) {
                    followUpDue(a, m, now, sends);
                }
            }
        }
        var open = alerts.all(AlertStatus.OPEN);
        for (Alert al : open) {
            sends.send(Notice.of(NoticeKind.COORDINATOR_ALERT, al.id(), NoticeService.COORDINATOR, al.matchId(),
                    "Et forløb med en guide skal ses på.", "A guide match needs your attention.",
                    al.kind() == dk.livsmester.domain.guides.AlertKind.DEBRIEF_DUE
                            ? "Det første møde er holdt: guidens opfølgning mangler."
                            : "Ingen møder i " + al.daysWithoutMeeting() + " dage.",
                    al.kind() == dk.livsmester.domain.guides.AlertKind.DEBRIEF_DUE
                            ? "The first meeting was held: the guide's debrief is missing."
                            : "No meetings for " + al.daysWithoutMeeting() + " days.",
                    "/match.html?id=" + al.matchId(), now));
        }
        int matches = matchNotices.run(now, sends::send);
        Result r = new Result(pipeline.size(), granted.size(), open.size(), matches, sends.failed);
        LOG.info("notice sweep pipeline={} granted={} alerts={} matches={} failed={}", r.pipeline(), r.granted(),
                r.alerts(), r.matches(), r.failed());
        if (r.failed() > 0) {
            throw new IllegalStateException(r.failed() + " notice(s) not delivered; they stay pending for the next run");
        }
        return r;
    }

    private void followUpDue(Application a, FollowUp.Milestone m, Instant now, Sends sends) {
        Set<String> to = new LinkedHashSet<>();
        if (a.citizenSubject() != null) {
            to.add(a.citizenSubject());
        }
        if (a.createdBy() != null) {
            to.add(a.createdBy());
        }
        String months = m == FollowUp.Milestone.ONE_MONTH ? "1" : "3";
        for (String recipient : to) {
            sends.send(Notice.of(NoticeKind.FOLLOW_UP_DUE, a.id() + "#" + m.name(), recipient, a.id(),
                    "Hjalp pengene? Svar på 3 små spørgsmål.", "Did the money help? Answer 3 short questions.",
                    "Nu er der gået " + months + " måned" + (months.equals("1") ? "" : "er")
                            + ", siden du fik pengene. Fortæl os, om det hjalp.",
                    "It is " + months + " month" + (months.equals("1") ? "" : "s")
                            + " since you got the money. Tell us if it helped.",
                    "/follow-up.html?id=" + a.id() + "&m=" + m.name(), now));
        }
    }
}
