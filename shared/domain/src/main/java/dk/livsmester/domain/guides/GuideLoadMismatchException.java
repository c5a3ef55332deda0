package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** The guide's load is already 0 although a match holds a place: never expected; nothing was changed. */
public class GuideLoadMismatchException extends ConflictException {
    public GuideLoadMismatchException(String guideId) {
        super("GUIDE_LOAD_MISMATCH", guideId);
    }
}
