package dk.livsmester.domain.guides;

import java.util.Map;
import java.util.Set;

/** What a peer guide can help with (docs/domain.md section 3.3). */
public enum TaskType {
    ACCOMPANIMENT, VISITING_FRIEND, BUS_TRAINING, CITY_TRAINING, EXERCISE, SHOPPING, IT, TALKS, WISHES_AND_GOALS;

    /** Tasks close enough that a guide offering one can often do the other: half the task-fit points. */
    private static final Map<TaskType, Set<TaskType>> RELATED = Map.of(
            BUS_TRAINING, Set.of(CITY_TRAINING),
            CITY_TRAINING, Set.of(BUS_TRAINING, ACCOMPANIMENT),
            ACCOMPANIMENT, Set.of(VISITING_FRIEND, CITY_TRAINING),
            VISITING_FRIEND, Set.of(ACCOMPANIMENT),
            TALKS, Set.of(WISHES_AND_GOALS),
            WISHES_AND_GOALS, Set.of(TALKS),
            SHOPPING, Set.of(CITY_TRAINING));

    public boolean isRelatedTo(TaskType other) {
        return RELATED.getOrDefault(this, Set.of()).contains(other);
    }
}
