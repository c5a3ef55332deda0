package dk.livsmester.followup;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.DeadlineWatch;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.notices.NoticeChannel;
import dk.livsmester.notices.NoticeService;
import dk.livsmester.notices.NoticesConfig;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notices the clock calls for, on DynamoDB Local, with the clock moved: the day-10 reminder and the breach once
 * each, the follow-up notices at 1 and 3 months once each, the guide's and the asking staff member's notices; each in
 * its recipient's mailbox.
 */
class NoticeSweepIT {
    static TestStack stack;
    static NoticeStore store;
    static ApplicationStore applications;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(NoticeStore.class);
        applications = stack.bean(ApplicationStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static NoticeSweep at(Instant now) {
        return at(now, stack.context().getBeansOfType(NoticeChannel.class).stream().toList());
    }

    static NoticeSweep at(Instant now, List<NoticeChannel> channels) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        NoticeService notices = new NoticeService(store, channels, stack.bean(NoticesConfig.class), clock);
        MatchNotices matches = new MatchNotices(stack.bean(MatchStore.class), stack.bean(GuideRequestStore.class),
                stack.bean(GuideStore.class));
        return new NoticeSweep(applications, stack.bean(AlertStore.class), matches, notices,
                stack.bean(DeadlineWatch.class), stack.bean(AnswerWindow.class), clock);
    }

    static List<Notice> about(String recipient, String subject, NoticeKind kind) {
        return store.mailbox(recipient, 100).stream().filter(n -> n.about().equals(subject) && n.kind() == kind).toList();
    }

    static Instant days(int n) {
        return Instant.now().plus(Duration.ofDays(n));
    }

    @Test
    void theTeamIsRemindedOnDayTen_andABreachIsRaisedOnce_toTheTeamAndTheCoordinator() {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        at(days(8)).run();
        assertEquals(List.of(), about(NoticeService.TEAM, app.id(), NoticeKind.DEADLINE_REMINDER), "not before day 10");
        at(days(10)).run();
        at(days(11)).run();
        List<Notice> reminders = about(NoticeService.TEAM, app.id(), NoticeKind.DEADLINE_REMINDER);
        assertEquals(1, reminders.size(), "one reminder however often the schedule runs");
        assertTrue(reminders.get(0).titleDa().contains(app.dueDate().toString()), reminders.get(0).titleDa());
        assertEquals(List.of(), about(NoticeService.TEAM, app.id(), NoticeKind.DEADLINE_BREACH), "not broken yet");

        at(days(15)).run();
        at(days(16)).run();
        assertEquals(1, about(NoticeService.TEAM, app.id(), NoticeKind.DEADLINE_BREACH).size());
        assertEquals(1, about(NoticeService.COORDINATOR, app.id(), NoticeKind.DEADLINE_BREACH).size());
        assertEquals(1, about(NoticeService.TEAM, app.id(), NoticeKind.DEADLINE_REMINDER).size(), "no reminder after");
        assertTrue(DeadlineWatch.breachOf(stack.bean(AnswerWindow.class), applications.get(app.id()), days(16))
                .orElseThrow().daysLate() >= 1);
    }

    @Test
    void aGrant_bringsTheFollowUpNoticesAtOneAndThreeMonths_onceEach_toTheCitizenAndTheContactPerson() {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        Instant granted = Instant.now();
        Application after = app.decide(stack.bean(DecisionPolicy.class).decide(app,
                new DecisionRequest(DecisionOutcome.APPROVED, null, List.of(), null), TestStack.TEAM, granted));
        applications.save(app, after, List.of(), List.of());
        String citizen = TestStack.CITIZEN.subject();
        String contact = TestStack.CONTACT.subject();

        at(days(27)).run();
        assertEquals(List.of(), about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE), "not before a month");
        at(days(32)).run();
        at(days(33)).run();
        List<Notice> one = about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE);
        assertEquals(1, one.size(), "the 1-month notice once");
        assertEquals("/follow-up.html?id=" + app.id() + "&m=ONE_MONTH", one.get(0).link());
        assertEquals(1, about(contact, app.id(), NoticeKind.FOLLOW_UP_DUE).size());

        Application answered = applications.get(app.id()).followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH,
                FollowUp.Answer.HELPED, null, citizen, days(33), 5));
        applications.save(applications.get(app.id()), answered, List.of(), List.of());
        at(days(60)).run();
        assertEquals(1, about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE).size(), "nothing new in between");
        at(days(93)).run();
        at(days(94)).run();
        List<Notice> both = about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE);
        assertEquals(2, both.size(), "the 3-month notice once");
        assertTrue(both.stream().anyMatch(n -> n.link().endsWith("&m=THREE_MONTHS")));
    }

    @Test
    void theGuideIsAskedOnApproval_theStaffMemberWhoAskedIsToldOfTheMatch_andEveryoneOfAPlannedMeeting() {
        GuideStore guides = stack.bean(GuideStore.class);
        GuideRequestStore requests = stack.bean(GuideRequestStore.class);
        MatchStore matches = stack.bean(MatchStore.class);
        Guide g = new Guide(Ids.newId("guide"), "Gitte Guide", GuideKind.PEER, Set.of(TaskType.ACCOMPANIMENT),
                Set.of(Disability.AUTISM), List.of("da"), "Vest", Set.of("MON_AM"), 2, 0, 0, GuideStatus.ACTIVE,
                "guide-gitte", null, Instant.now(), 0);
        guides.create(g);
        GuideRequest q = Guides.request(requests, TaskType.ACCOMPANIMENT, Disability.AUTISM, "Vest");
        Match m = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matches.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
        Match approved = m.approve(null, "coordinator", Instant.now());
        GuideRequest proposed = requests.get(q.id());
        matches.approve(m, approved, proposed, proposed.withStatus(GuideRequestStatus.MATCHED));

        at(days(0)).run();
        at(days(0)).run();
        assertEquals(1, about("guide-gitte", m.id(), NoticeKind.MATCH_PROPOSED).size());
        assertEquals(List.of(), about(TestStack.CONTACT.subject(), q.id(), NoticeKind.MATCH_MADE), "not before the yes");

        Match accepted = approved.accept("guide-gitte", Instant.now());
        matches.update(approved, accepted);
        Match planned = accepted.scheduleFirstMeeting(new MeetingPlan(LocalDateTime.now().plusDays(3).withNano(0),
                "Caféen", "Sara"));
        matches.update(accepted, planned);
        at(days(1)).run();
        at(days(1)).run();
        assertEquals(1, about(TestStack.CONTACT.subject(), q.id(), NoticeKind.MATCH_MADE).size(),
                "the staff member who asked is told once");
        assertEquals(1, about("guide-gitte", m.id(), NoticeKind.MEETING_PLANNED).size());
        assertEquals(1, about(TestStack.CONTACT.subject(), m.id(), NoticeKind.MEETING_PLANNED).size());
    }

    /** An SMS channel that delivers by adding the notice's id to {@code delivered}, or fails while {@code down}. */
    static NoticeChannel sms(List<String> delivered, boolean down) {
        return new NoticeChannel() {
            public Channel channel() {
                return Channel.SMS;
            }

            public boolean available() {
                return true;
            }

            public void deliver(Notice notice, String address, boolean english) {
                if (down) {
                    throw new IllegalStateException("SMS gateway unreachable");
                }
                delivered.add(notice.id());
            }
        };
    }

    @Test
    void aDeliveryThatFails_staysPendingForTheNextRun_andTheRestOfTheSweepGoesOn() {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        Application after = app.decide(stack.bean(DecisionPolicy.class).decide(app,
                new DecisionRequest(DecisionOutcome.APPROVED, null, List.of(), null), TestStack.TEAM, Instant.now()));
        applications.save(app, after, List.of(), List.of());
        String citizen = TestStack.CITIZEN.subject();
        String contact = TestStack.CONTACT.subject();
        // The citizen (the first of the follow-up's two recipients) wants SMS; the gateway is down.
        store.savePreference(new NoticePreference(citizen, true, Channel.SMS, "da", null, "+45 12 34 56 78", Instant.now()));
        try {
            List<String> delivered = new ArrayList<>();
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> at(days(32), List.of(sms(delivered, true))).run(), "the run says that a delivery failed");
            assertTrue(failed.getMessage().contains("stay pending"), failed.getMessage());
            assertEquals(1, about(contact, app.id(), NoticeKind.FOLLOW_UP_DUE).size(),
                    "the sweep went on past the failed delivery");
            List<Notice> waiting = about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE);
            assertEquals(List.of(Notice.Status.PENDING), waiting.stream().map(Notice::status).toList());

            at(days(33), List.of(sms(delivered, false))).run();
            Notice sent = about(citizen, app.id(), NoticeKind.FOLLOW_UP_DUE).get(0);
            assertEquals(Notice.Status.SENT, sent.status(), "the next run delivered it");
            assertEquals(1, delivered.stream().filter(sent.id()::equals).count());
            at(days(34), List.of(sms(delivered, false))).run();
            assertEquals(1, delivered.stream().filter(sent.id()::equals).count(), "and only once");
        } finally {
            store.savePreference(new NoticePreference(citizen, false, Channel.MAILBOX, "da", null, null, Instant.now()));
        }
    }
}
