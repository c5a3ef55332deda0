package dk.livsmester.platform.store;

import java.util.List;

/** One page of a list and the opaque cursor for the next (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {
}
