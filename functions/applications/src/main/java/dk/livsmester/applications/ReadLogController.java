package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/** HTTP adapter for the auditor's search of the read log. */
@Controller("/api/read-log")
public class ReadLogController {
    private final ReadLogSearchService service;

    public ReadLogController(ReadLogSearchService service) {
        this.service = service;
    }

    @Get
    public PageView<ReadLogEntry> search(Caller caller, @QueryValue @Nullable String citizen,
                                         @QueryValue @Nullable String staff, @QueryValue @Nullable String record,
                                         @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                         @QueryValue @Nullable Integer limit, @QueryValue @Nullable String cursor) {
        return PageView.of(service.search(caller, new ReadLogSearchService.Filter(citizen, staff, record, from, to),
                RequestParts.pageSize(limit), cursor));
    }
}
