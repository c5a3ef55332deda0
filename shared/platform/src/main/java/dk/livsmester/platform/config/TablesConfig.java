package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** Table names: set by template.yaml in AWS (LIVSMESTER_TABLES_*), by the local runtime locally. */
@ConfigurationProperties("livsmester.tables")
public interface TablesConfig {
    @NotBlank
    String getApplications();

    @NotBlank
    String getBudget();

    @NotBlank
    String getGuides();

    @NotBlank
    String getEvents();

    /** Who supports whom (contact persons and their citizens). */
    @NotBlank
    String getSupport();

    /** Notices (each person's mailbox) and notice preferences. */
    @NotBlank
    String getNotices();

    /** The read log: which member of staff read which citizen's data (append only, its own table). */
    @NotBlank
    String getReadLog();
}
