package dk.livsmester.domain.guides;

import java.util.Set;

/**
 * A citizen asks for a guide again after a closed match (the pilot saw citizens come back "for a new task",
 * docs/domain.md section 3.6). Fields left out are taken from the earlier request.
 */
public record AskAgain(TaskType taskType, String needs, RequestTiming timing, Set<String> availability,
                       String subGoalText, String subGoalRef) {
}
