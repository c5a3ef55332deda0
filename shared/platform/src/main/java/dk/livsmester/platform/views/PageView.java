package dk.livsmester.platform.views;

import dk.livsmester.platform.store.Page;

import java.util.List;

/** A page of a list: the items and the cursor to pass back for the next page (absent on the last). */
public record PageView<T>(List<T> items, String nextCursor) {
    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.nextCursor());
    }
}
