package dk.livsmester.domain.guides;

import java.util.Set;

/**
 * A guide request as a staff member fills it in with the citizen. {@code subGoalText} quotes the action-plan sub-goal
 * the guide supports; {@code subGoalRef} points at it (for example the case system's reference), both optional.
 */
public record GuideRequestForm(String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                               RequestTiming timing, Boolean sameDisabilityPreferred, String area,
                               Set<String> availability, String subGoalText, String subGoalRef) {
}
