package dk.livsmester.identity;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * After a first sign-in: citizens who came through the citizens' identity provider join the citizen group, so their
 * tokens carry the role. A failure to add them fails that sign-in (Cognito shows an error and the person tries again),
 * rather than letting a citizen in without a role.
 */
@Singleton
public class CitizenGroups {
    private static final Logger LOG = LoggerFactory.getLogger(CitizenGroups.class);

    private final CitizenGroupRule rule;
    private final GroupMembership membership;

    public CitizenGroups(IdentityConfig config, GroupMembership membership) {
        this.rule = new CitizenGroupRule(config.getCitizenProvider(), config.getCitizenGroup());
        this.membership = membership;
    }

    public void confirmed(String userPoolId, String username, String triggerSource, Map<String, String> userAttributes) {
        rule.groupFor(triggerSource, userAttributes).ifPresentOrElse(group -> {
            membership.add(userPoolId, username, group);
            // The user's name and ids stay out of the log: the group and the trigger say what happened.
            LOG.info("user added to group group={} trigger={}", group, triggerSource);
        }, () -> LOG.info("no group for this user trigger={}", triggerSource));
    }
}
