package dk.livsmester.domain.guides;

import java.util.Set;

/**
 * A guide request as the citizen, or a staff member with the citizen, fills it in. {@code subGoalText} quotes the
 * action-plan sub-goal the guide supports; {@code subGoalRef} points at it (for example the case system's reference),
 * both optional. {@code citizenSubject}: a contact person asking for a citizen they support names the citizen's sign-in
 * subject (a citizen asking needs none). {@code sharing}: whether the guide may see the needs text and the disability
 * (its own step of the wizard; absent: neither, see {@link SharingConsent}).
 */
public record GuideRequestForm(String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                               RequestTiming timing, Boolean sameDisabilityPreferred, String area,
                               Set<String> availability, String subGoalText, String subGoalRef, String citizenSubject,
                               SharingConsent.Choice sharing) {
}
