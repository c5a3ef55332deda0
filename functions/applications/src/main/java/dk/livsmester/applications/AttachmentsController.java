package dk.livsmester.applications;

import dk.livsmester.applications.attachments.AttachmentService;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.platform.http.RequestParts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * HTTP adapter for an application's attachments: bind, call the service ({@code attachments.AttachmentService}), map
 * the result. Beside the other controllers of the function, where the route contract looks for them.
 */
@Controller("/api/applications/{id}/attachments")
public class AttachmentsController {
    private final AttachmentService service;

    public AttachmentsController(AttachmentService service) {
        this.service = service;
    }

    /** What the page knows of the file before sending it: what it is, its type and size, its name. */
    public record AttachmentForm(String kind, String contentType, Long size, String fileName) {
    }

    /** An attachment as the API shows it: no object key, no uploader's identity beyond the role. */
    public record AttachmentView(String id, String kind, String contentType, long size, String fileName,
                                 String uploadedByRole, Instant createdAt, String status, Text refusal, Instant checkedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.kind().name(), a.fileType().contentType(), a.declaredBytes(), a.fileName(),
                    a.uploadedByRole(), a.createdAt(), a.status().name(), a.refusal(), a.checkedAt());
        }
    }

    /** The upload: PUT the file to {@code url} with exactly this Content-Type and Content-Length, before expiresAt. */
    public record UploadView(AttachmentView attachment, URI url, String method, String contentType, long contentLength,
                             Instant expiresAt) {
    }

    @Post
    public HttpResponse<UploadView> announce(Caller caller, @PathVariable String id, @Body @Nullable AttachmentForm form) {
        AttachmentForm f = RequestParts.body(form, "the attachment");
        AttachmentService.Announced a = service.announce(caller, id, f.kind(), f.contentType(), f.size(), f.fileName());
        return HttpResponse.created(new UploadView(AttachmentView.of(a.attachment()), a.uploadUrl(), a.method(),
                a.contentType(), a.bytes(), a.expiresAt()));
    }

    @Get
    public List<AttachmentView> list(Caller caller, @PathVariable String id) {
        return service.list(caller, id).stream().map(AttachmentView::of).toList();
    }

    /** A short-lived link to the checked file; pending and refused files have none (409 says why). */
    @Get("/{attachmentId}/download")
    public AttachmentService.Download download(Caller caller, @PathVariable String id, @PathVariable String attachmentId) {
        return service.download(caller, id, attachmentId);
    }
}
