package dk.livsmester.domain.attachment;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.Text;

import java.util.Optional;

/**
 * What an attachment must be: announced with a kind, a type of {@link FileType} and a size of at most
 * {@link #MAX_BYTES}; once uploaded, exactly that size and beginning with the bytes of that type. The answers are
 * for the person uploading: each says what to do.
 */
public final class AttachmentRules {
    /** 10 MB: a phone's photo of a receipt or a scanned quote fits several times over. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_NAME = 120;

    private AttachmentRules() {
    }

    /** The announcement's fields, refused together; the file type when they are right. */
    public static FileType announce(String kind, String contentType, Long bytes, String fileName) {
        FieldErrors errors = new FieldErrors();
        errors.when(kind == null || parseKind(kind).isEmpty(), "kind",
                "Vælg hvad filen er: delmål fra handleplanen, tilbud, udgifter eller kvittering.",
                "Choose what the file is: the action plan's sub-goal, a quote, costs or a receipt.");
        Optional<FileType> type = contentType == null ? Optional.empty() : FileType.ofContentType(contentType);
        errors.when(type.isEmpty(), "contentType",
                "Filen skal være en PDF eller et billede (JPEG, PNG eller HEIC). Gem den som PDF, eller tag et billede af den.",
                "The file must be a PDF or a picture (JPEG, PNG or HEIC). Save it as a PDF, or take a photo of it.");
        errors.when(bytes == null || bytes <= 0, "size",
                "Filen er tom. Vælg filen igen.", "The file is empty. Choose the file again.");
        errors.when(bytes != null && bytes > MAX_BYTES, "size",
                "Filen er større end 10 MB. Tag et billede i lavere kvalitet, eller del PDF'en op.",
                "The file is larger than 10 MB. Take a photo at a lower quality, or split the PDF.");
        errors.text("fileName", fileName, MAX_NAME, false);
        errors.throwIfAny();
        return type.orElseThrow();
    }

    public static Optional<AttachmentKind> parseKind(String kind) {
        for (AttachmentKind k : AttachmentKind.values()) {
            if (k.name().equalsIgnoreCase(kind.replace('-', '_'))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The check of an uploaded object: its stored size and first bytes against what was announced. Empty when it
     * passes; else the reason, which the uploader reads.
     */
    public static Optional<Text> check(Attachment announced, long storedBytes, byte[] head) {
        if (storedBytes > MAX_BYTES) {
            return Optional.of(Text.of("Filen er større end 10 MB. Tag et billede i lavere kvalitet, og prøv igen.",
                    "The file is larger than 10 MB. Take a photo at a lower quality and try again."));
        }
        if (storedBytes != announced.declaredBytes()) {
            return Optional.of(Text.of("Filen kom ikke helt frem. Prøv at sende den igen.",
                    "The file did not arrive whole. Try sending it again."));
        }
        if (!announced.fileType().matches(head)) {
            return Optional.of(Text.of("Filen er ikke en rigtig " + announced.fileType().name()
                            + ". Gem den som PDF, eller tag et billede af den, og prøv igen.",
                    "The file is not a real " + announced.fileType().name()
                            + ". Save it as a PDF, or take a photo of it, and try again."));
        }
        return Optional.empty();
    }
}
