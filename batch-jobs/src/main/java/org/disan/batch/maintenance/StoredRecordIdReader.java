package org.disan.batch.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the ids of the records in a store, sorted, so that the saved position means the same
 * record after a restart. Only ids are held in memory; each record is read when it is processed.
 */
public class StoredRecordIdReader extends AbstractItemCountingItemStreamItemReader<String> {

    private final Path storeRoot;
    private List<String> ids = List.of();
    private int next;

    public StoredRecordIdReader(String name, Path storeRoot) {
        this.storeRoot = storeRoot;
        setName(name);
    }

    /** The ids of the objects that hold a complete record (the record file is written last). */
    static List<String> storedIds(Path storeRoot) {
        Path objects = storeRoot.resolve("objects");
        if (!Files.isDirectory(objects)) {
            return List.of();
        }
        try (Stream<Path> records = Files.find(objects, 4, (path, attrs) -> attrs.isRegularFile()
                && path.getFileName().toString().equals("record.json"))) {
            return records.map(path -> path.getParent().getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the store " + storeRoot + " cannot be listed", e);
        }
    }

    @Override
    protected void doOpen() {
        ids = storedIds(storeRoot);
        next = 0;
    }

    @Override
    protected String doRead() {
        return next < ids.size() ? ids.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, ids.size());
    }

    @Override
    protected void doClose() {
        ids = List.of();
    }
}
