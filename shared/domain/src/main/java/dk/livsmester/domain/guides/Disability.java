package dk.livsmester.domain.guides;

public enum Disability {
    AUTISM, INTELLECTUAL_DISABILITY, ACQUIRED_BRAIN_INJURY, PHYSICAL, OTHER
}
