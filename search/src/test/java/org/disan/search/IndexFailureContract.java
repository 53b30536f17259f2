package org.disan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.disan.search.RecordBuilder.record;

import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.junit.jupiter.api.Test;

/**
 * How every backend fails: a record it refuses is a {@link RecordsRefusedException} naming just
 * that record while the others are indexed, and an index that cannot take writes for now is an
 * {@link IndexUnavailableException}.
 */
public abstract class IndexFailureContract extends RecordStorageContract {

    /**
     * An index of the backend under test that cannot take writes for now (another process holds
     * it, the server is out of room); the test closes it.
     */
    protected abstract ArchiveIndex unavailableIndex();

    @Test
    void aRefusedRecordIsNamedWithItsReasonAndTheOthersOfTheCallAreIndexed() {
        try (ArchiveIndex index = newIndex()) {
            // a subject over Lucene's 32 766-byte limit for one term, as a broken metadata sheet makes
            ArchiveRecord immense = record("immense").title("Hát xoan").subjects("xoan ".repeat(7_000)).build();

            RecordsRefusedException refused = catchThrowableOfType(RecordsRefusedException.class,
                    () -> index.index(List.of(record("before").title("Múa rối nước").build(), immense,
                            record("after").title("Quan họ").build())));

            assertThat(refused).as("the call's failure").isNotNull();
            assertThat(refused.refused()).singleElement().satisfies(record -> {
                assertThat(record.id()).isEqualTo("immense");
                assertThat(record.reason()).isNotBlank();
            });
            assertThat(refused).hasMessageStartingWith("1 of 3 records were not indexed: immense: ");
            assertThat(index.count()).isEqualTo(2);
            assertThat(index.get("immense")).isEmpty();
            assertThat(ids(index.search(SearchRequest.of("", 10)))).containsExactlyInAnyOrder("before", "after");
        }
    }

    @Test
    void anIndexThatCannotTakeWritesForNowIsUnavailable() {
        try (ArchiveIndex index = unavailableIndex()) {
            assertThatThrownBy(() -> index.index(List.of(record("late").title("Ca trù").build())))
                    .isInstanceOf(IndexUnavailableException.class);
        }
    }
}
