package dk.livsmester.domain.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A guide's profile as the coordinator registers or edits it. {@code account} links the guide's own login;
 * {@code criminalRecordSeenOn}, {@code cohort} and {@code ocnCertifiedOn} record a path walked before the guide was
 * registered here (a guide trained in an earlier cohort).
 */
public record GuideForm(String name, GuideKind kind, Set<TaskType> taskTypes, Set<Disability> disabilityExperience,
                        List<String> languages, String area, Set<String> availability, Integer capacity,
                        GuideStatus status, String account, LocalDate criminalRecordSeenOn, String cohort,
                        LocalDate ocnCertifiedOn) {
}
