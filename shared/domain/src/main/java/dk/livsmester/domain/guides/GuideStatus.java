package dk.livsmester.domain.guides;

/** A guide's path: interested → admitted (criminal-record certificate seen) → in training → certified → active. */
public enum GuideStatus {
    INTERESTED, ADMITTED, IN_TRAINING, CERTIFIED, ACTIVE, PAUSED, STOPPED
}
