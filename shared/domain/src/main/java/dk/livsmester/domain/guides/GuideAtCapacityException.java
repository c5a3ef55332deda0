package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** The guide has no place left (or is not active): the approval took nothing. */
public class GuideAtCapacityException extends ConflictException {
    public GuideAtCapacityException(String guideId) {
        super("GUIDE_AT_CAPACITY", guideId);
    }
}
