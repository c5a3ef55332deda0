package dk.livsmester.domain.guides;

/** Peer guides are citizens with a disability; civil volunteers and volunteer organisations can guide too. */
public enum GuideKind {
    PEER, CIVIL_VOLUNTEER, VOLUNTEER_ORGANISATION
}
