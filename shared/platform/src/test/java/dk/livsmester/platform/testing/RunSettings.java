package dk.livsmester.platform.testing;

import dk.livsmester.platform.config.GuidesConfig;

/**
 * The guide settings as configured, with a matching run's own numbers changed: how the tests and the bench make a run
 * write one request at a time, crash early or have an hour's budget. What is not changed stays the configured value.
 */
public record RunSettings(GuidesConfig configured, int runBudgetSeconds, int runBatchSize, int runWriters)
        implements GuidesConfig {
    public static RunSettings of(GuidesConfig configured) {
        return new RunSettings(configured, configured.getRunBudgetSeconds(), configured.getRunBatchSize(),
                configured.getRunWriters());
    }

    public RunSettings budgetSeconds(int seconds) {
        return new RunSettings(configured, seconds, runBatchSize, runWriters);
    }

    public RunSettings batchSize(int requests) {
        return new RunSettings(configured, runBudgetSeconds, requests, runWriters);
    }

    public RunSettings writers(int writers) {
        return new RunSettings(configured, runBudgetSeconds, runBatchSize, writers);
    }

    @Override
    public int getInactivityDays() {
        return configured.getInactivityDays();
    }

    @Override
    public int getCandidatesPerRequest() {
        return configured.getCandidatesPerRequest();
    }

    @Override
    public int getRunBudgetSeconds() {
        return runBudgetSeconds;
    }

    @Override
    public int getRunBatchSize() {
        return runBatchSize;
    }

    @Override
    public int getRunWriters() {
        return runWriters;
    }
}
