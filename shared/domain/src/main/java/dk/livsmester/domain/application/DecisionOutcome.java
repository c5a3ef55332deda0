package dk.livsmester.domain.application;

public enum DecisionOutcome {
    APPROVED(ApplicationStatus.APPROVED),
    PARTIALLY_APPROVED(ApplicationStatus.PARTIALLY_APPROVED),
    REJECTED(ApplicationStatus.REJECTED),
    NEEDS_INFO(ApplicationStatus.NEEDS_INFO);

    private final ApplicationStatus status;

    DecisionOutcome(ApplicationStatus status) {
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }

    public boolean grantsMoney() {
        return this == APPROVED || this == PARTIALLY_APPROVED;
    }
}
