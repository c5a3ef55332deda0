package dk.livsmester.domain.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an attachment may have, each with the content type the upload is signed for and the bytes a file of
 * that type begins with. A file is taken to be of a type only when its first bytes say so: the declared content type
 * alone is what the uploader claims, not what the file is.
 */
public enum FileType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    /** HEIC/HEIF, as an iPhone's camera saves photos: an ISO base media file whose brand is one of HEIF's. */
    HEIC("image/heic");

    /** How many leading bytes {@link #matches} needs. */
    public static final int HEAD_BYTES = 16;

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equalsIgnoreCase(contentType)).findFirst();
    }

    /** Whether {@code head}, the file's first bytes, is how a file of this type begins. */
    public boolean matches(byte[] head) {
        return switch (this) {
            case PDF -> startsWith(head, 0, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case JPEG -> startsWith(head, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case PNG -> startsWith(head, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case HEIC -> startsWith(head, 4, "ftyp".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    && head.length >= 12 && heifBrand(new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        };
    }

    private static boolean heifBrand(String brand) {
        return switch (brand) {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> true;
            default -> false;
        };
    }

    private static boolean startsWith(byte[] head, int offset, byte[] prefix) {
        if (head.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
