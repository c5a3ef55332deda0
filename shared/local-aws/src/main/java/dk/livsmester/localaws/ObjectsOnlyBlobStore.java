package dk.livsmester.localaws;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.PageSet;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.domain.StorageType;
import org.jclouds.blobstore.domain.internal.PageSetImpl;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;

import java.util.regex.Pattern;

/**
 * The filesystem store as S3 lists a bucket: objects only. jclouds' filesystem store lists each folder of a key
 * ({@code applications/}, {@code applications/<id>/}) as an object of its own, and a file still arriving under its
 * temporary name ({@code <key>-<uuid>}); S3 has neither. Handed to the S3 event source emulator, a folder became an
 * ObjectCreated event for a key no record named, the check deleted it, and jclouds, refusing to delete a folder that
 * is not empty, retried for about 50 s, past the function's 10 s call timeout: every later file waited behind it.
 */
final class ObjectsOnlyBlobStore extends ForwardingBlobStore {
    /** jclouds' name for an upload in progress: the key, a dash and a random UUID. */
    private static final Pattern IN_FLIGHT = Pattern.compile(
            ".*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    ObjectsOnlyBlobStore(BlobStore store) {
        super(store);
    }

    @Override
    public PageSet<? extends StorageMetadata> list(String container) {
        return objectsOnly(super.list(container), true);
    }

    @Override
    public PageSet<? extends StorageMetadata> list(String container, ListContainerOptions options) {
        // With a delimiter S3Proxy answers the folders as common prefixes, which S3 has too.
        return objectsOnly(super.list(container, options), options == null || options.getDelimiter() == null);
    }

    private static PageSet<? extends StorageMetadata> objectsOnly(PageSet<? extends StorageMetadata> page,
                                                                  boolean withoutFolders) {
        return new PageSetImpl<>(page.stream().filter(m -> !(withoutFolders && m.getType() == StorageType.FOLDER)
                && !(m.getType() == StorageType.BLOB && IN_FLIGHT.matcher(m.getName()).matches())).toList(),
                page.getNextMarker());
    }
}
