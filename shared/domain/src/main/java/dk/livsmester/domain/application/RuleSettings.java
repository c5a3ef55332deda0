package dk.livsmester.domain.application;

/**
 * The numbers the rule checks use. The leaflet said 18–35 and the project's target group 17–35 (docs/domain.md
 * section 5.1), so the age bounds are configuration.
 */
public record RuleSettings(int minAge, int maxAge) {
    public static RuleSettings defaults() {
        return new RuleSettings(18, 35);
    }
}
