package dk.livsmester.domain.application;

/** The action-plan sub-goal the money serves, with an optional 1–10 baseline and target on the dialogue ruler. */
public record SubGoal(String text, String lifeTheme, Integer baseline, Integer target) {
}
