package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.SignInSubject;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.PrivacyNoticeStore;
import dk.livsmester.platform.store.ReadLogStore;
import dk.livsmester.platform.store.SupportRelationStore;
import dk.livsmester.platform.views.ApplicationViews;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Everything held about one citizen (GDPR art. 15 and 20): their applications with letters and audit trail, who
 * supports them, their guide requests and matches, the read log of who among staff read their data, and what
 * NoticesTable holds about them: which versions of the privacy notice they read and when, their notice preference
 * (with the e-mail address and phone number they gave) and every notice in their own mailbox. The citizen
 * downloads their own; a member of the team may fetch it on their behalf (a citizen without a login of their own, or
 * one who asks at the desk), which is itself a read and goes in the read log. Left out, and said so in the file:
 * the team's internal working notes (forvaltningsloven § 12, internal working documents; the citizen may ask the
 * team), other guides' ids and the matcher's scores (about other people, not the citizen).
 */
@Singleton
public class CitizenDataService {
    static final String ROUTE_ON_BEHALF = "GET /api/citizens/{subject}/data";
    static final int PAGE = 100;

    private final ApplicationStore applications;
    private final SupportRelationStore support;
    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final GuideStore guides;
    private final ReadLogStore readLogStore;
    private final ReadLog readLog;
    private final ApplicationViews views;
    private final SharingConsentStore sharing;
    private final NoticeStore notices;
    private final PrivacyNoticeStore privacyNotice;
    private final Clock clock;

    public CitizenDataService(ApplicationStore applications, SupportRelationStore support, GuideRequestStore requests,
                              MatchStore matches, GuideStore guides, ReadLogStore readLogStore, ReadLog readLog,
                              ApplicationViews views, SharingConsentStore sharing, NoticeStore notices,
                              PrivacyNoticeStore privacyNotice, Clock clock) {
        this.sharing = sharing;
        this.notices = notices;
        this.privacyNotice = privacyNotice;
        this.applications = applications;
        this.support = support;
        this.requests = requests;
        this.matches = matches;
        this.guides = guides;
        this.readLogStore = readLogStore;
        this.readLog = readLog;
        this.views = views;
        this.clock = clock;
    }

    /** The signed-in citizen's own data. */
    public Map<String, Object> own(Caller caller) {
        caller.require(Role.CITIZEN);
        return export(caller.subject());
    }

    /**
     * A citizen's data fetched by the team on their behalf; the fetch is logged as a read of everything in it. The
     * subject is checked first: what is typed here is kept in the read log, so a CPR number typed by mistake is refused.
     */
    public Map<String, Object> onBehalf(Caller caller, String citizenSubject) {
        caller.require(Role.TEAM);
        SignInSubject.check(new FieldErrors(), "subject", citizenSubject, true).throwIfAny();
        readLog.read(caller, ROUTE_ON_BEHALF, ReadLog.CITIZEN_DATA, citizenSubject, citizenSubject);
        return export(citizenSubject);
    }

    private Map<String, Object> export(String subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("citizenSubject", subject);
        out.put("generatedAt", clock.instant());
        List<Map<String, Object>> apps = new ArrayList<>();
        for (Application a : all((limit, cursor) -> applications.byCitizen(subject, limit, cursor))) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("application", views.of(a));
            one.put("letters", applications.letters(a.id()));
            one.put("auditTrail", applications.audit(a.id()));
            apps.add(one);
        }
        out.put("applications", apps);
        out.put("supportRelations", support.ofCitizen(subject).stream().map(CitizenDataService::relation).toList());
        out.put("guideRequests", requests.byPerson(subject).stream()
                .filter(q -> subject.equals(q.citizenSubject())).map(this::guideRequest).toList());
        out.put("readLog", all((limit, cursor) -> readLogStore.search(new ReadLogStore.Search(ReadLogStore.By.CITIZEN,
                subject, ReadLogSearchService.BEGINNING, clock.instant()), limit, cursor)));
        out.put("privacyNoticeAcknowledgements", privacyNotice.acknowledgements(subject));
        out.put("noticePreference", notices.preference(subject).map(CitizenDataService::preference).orElse(null));
        out.put("notices", all((limit, cursor) -> notices.mailbox(subject, limit, cursor)).stream()
                .map(CitizenDataService::notice).toList());
        out.put("notIncluded", Map.of(
                "da", "Teamets interne arbejdsnoter er ikke med (forvaltningslovens § 12). Du kan bede teamet om dem.",
                "en", "The team's internal working notes are not included (forvaltningsloven § 12). You may ask the team for them."));
        return out;
    }

    private static Map<String, Object> relation(SupportRelation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contactName", r.contactName());
        m.put("status", r.status());
        m.put("registeredAt", r.registeredAt());
        m.put("endedAt", r.endedAt());
        return m;
    }

    /** Their own choice, with the channel notices actually go on (an address missing sends them to the mailbox). */
    private static Map<String, Object> preference(NoticePreference p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("optIn", p.optIn());
        m.put("channel", p.channel());
        m.put("effectiveChannel", p.effectiveChannel());
        m.put("language", p.language());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("updatedAt", p.updatedAt());
        return m;
    }

    /** A notice as its recipient reads it, and how and when it went out (the delivery's lease is left out). */
    private static Map<String, Object> notice(Notice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", n.kind());
        m.put("titleDa", n.titleDa());
        m.put("titleEn", n.titleEn());
        m.put("bodyDa", n.bodyDa());
        m.put("bodyEn", n.bodyEn());
        m.put("link", n.link());
        m.put("createdAt", n.createdAt());
        m.put("sentAt", n.sentAt());
        m.put("channel", n.channel());
        m.put("status", n.status());
        return m;
    }

    /** The request as the citizen may see it, with its match: the guide's first name and the meetings with their notes. */
    private Map<String, Object> guideRequest(GuideRequest q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("status", q.status());
        m.put("taskType", q.taskType());
        m.put("citizenName", q.citizenName());
        m.put("citizenDisability", q.citizenDisability());
        m.put("needs", q.needs());
        m.put("area", q.area());
        m.put("availability", q.availability());
        m.put("subGoalText", q.subGoalText());
        m.put("infoRequests", q.infoRequests());
        m.put("createdAt", q.createdAt());
        // Every choice of what the guide may see, who made it and when (the latest counts).
        m.put("sharing", sharing.history(q.id()));
        List<Map<String, Object>> found = new ArrayList<>();
        for (int round = 0; round <= q.round(); round++) {
            matches.find(Match.idFor(q.id(), round)).ifPresent(match -> {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("id", match.id());
                mm.put("status", match.status());
                mm.put("guideFirstName", guides.find(match.guideId())
                        .map(g -> SupportRelation.firstName(g.name())).orElse(null));
                mm.put("meetings", match.meetings());
                found.add(mm);
            });
        }
        m.put("matches", found);
        return m;
    }

    /** Every page of a list. */
    private static <T> List<T> all(BiFunction<Integer, String, Page<T>> page) {
        List<T> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> p = page.apply(PAGE, cursor);
            out.addAll(p.items());
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }

}
