package dk.livsmester.domain.application;

import java.time.LocalDate;

/** One citizen applying (several for a group application). Personal data: never logged. */
public record Applicant(String name, LocalDate birthDate, String address, String email, String phone,
                        Boolean receivesAdultDisabilitySupport) {
}
