package dk.livsmester.platform.config;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.RuleCatalog;
import dk.livsmester.domain.application.RuleChecks;
import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.FollowUpRules;
import dk.livsmester.domain.guides.MatchScorer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Plain domain objects as beans, so functions get them injected with their configuration. */
@Factory
public class DomainFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    RuleChecks ruleChecks(RulesConfig rules) {
        return new RuleChecks(RuleCatalog.load(), rules.toSettings());
    }

    @Singleton
    AnswerWindow answerWindow(RulesConfig rules, TimeZoneConfig zone) {
        return new AnswerWindow(rules.getAnswerDays(), zone.zone());
    }

    @Singleton
    DecisionPolicy decisionPolicy(RulesConfig rules) {
        return new DecisionPolicy(rules.getTwoPersonThresholdOre());
    }

    @Singleton
    MatchScorer matchScorer() {
        return new MatchScorer();
    }

    @Singleton
    AssignmentPlanner assignmentPlanner(GuidesConfig guides) {
        return new AssignmentPlanner(guides.getCandidatesPerRequest());
    }

    @Singleton
    FollowUpRules followUpRules(GuidesConfig guides, TimeZoneConfig zone) {
        return new FollowUpRules(guides.getInactivityDays(), zone.zone());
    }
}
