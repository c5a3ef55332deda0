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

    /** A final answer (approved, partly approved or rejected), not a question back to the citizen. */
    public boolean isFinal() {
        return this != NEEDS_INFO;
    }

    public boolean grantsMoney() {
        return this == APPROVED || this == PARTIALLY_APPROVED;
    }
}
