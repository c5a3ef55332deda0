package dk.livsmester.domain.application;

import java.time.LocalDate;

public record Period(LocalDate from, LocalDate to) {
}
