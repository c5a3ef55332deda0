package dk.livsmester.domain.guides;

import java.util.Set;

public record GuideRequestForm(String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                               RequestTiming timing, Boolean sameDisabilityPreferred, String area,
                               Set<String> availability, String subGoalText) {
}
