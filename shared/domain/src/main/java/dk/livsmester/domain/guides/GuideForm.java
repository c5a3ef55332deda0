package dk.livsmester.domain.guides;

import java.util.List;
import java.util.Set;

public record GuideForm(String name, GuideKind kind, Set<TaskType> taskTypes, Set<Disability> disabilityExperience,
                        List<String> languages, String area, Set<String> availability, Integer capacity,
                        GuideStatus status) {
}
