package dk.livsmester.domain.application;

import dk.livsmester.domain.ConflictException;

/** The application was decided already, and the decision asked for now is another. */
public class AlreadyDecidedException extends ConflictException {
    private final ApplicationStatus status;

    public AlreadyDecidedException(String applicationId, ApplicationStatus status) {
        super("ALREADY_DECIDED", applicationId + " " + status);
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
