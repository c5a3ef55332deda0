package dk.livsmester.domain.guides;

import java.time.LocalDate;

/**
 * A move along the guide's path. Admission needs {@code criminalRecordSeen: true} (and the date it was seen, today if
 * left out); training needs the {@code cohort}; certification the date of the OCN certificate.
 */
public record GuideStatusChange(GuideStatus status, Boolean criminalRecordSeen, LocalDate criminalRecordSeenOn,
                                String cohort, LocalDate ocnCertifiedOn) {
}
