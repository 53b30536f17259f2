package org.disan.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.RecordsRefusedException;
import org.disan.search.RefusedRecord;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records Elasticsearch refuses are reported one by one; the others are indexed all the same. */
class ElasticsearchBulkFailureIT {

    private ElasticsearchArchiveIndex index;

    @BeforeEach
    void openIndex() {
        index = ElasticsearchArchiveIndex.open(TestElasticsearch.settings("bulk"), RetryPolicy.DEFAULT, 500,
                Clock.systemDefaultZone());
    }

    @AfterEach
    void deleteIndex() {
        TestElasticsearch.deleteIndices(index);
        index.close();
    }

    @Test
    void aRecordWithAnImmenseSubjectIsReportedByIdAndTheRestOfTheBatchIsSearchable() {
        // given a subject over Lucene's 32 766-byte limit for one term, as a broken metadata sheet makes
        ArchiveRecord good = Records.record(Records.id(1), "Múa rối nước", "Múa rối nước làng Đào Thục.");
        ArchiveRecord immense = Records.record(Records.id(2), "Hát xoan", "Hát xoan Phú Thọ.",
                List.of("xoan ".repeat(7_000)), "2011");
        ArchiveRecord alsoGood = Records.record(Records.id(3), "Quan họ", "Dân ca quan họ Bắc Ninh.");

        // when
        RecordsRefusedException failure = catchThrowableOfType(RecordsRefusedException.class,
                () -> index.index(List.of(good, immense, alsoGood)));

        // then
        assertThat(failure).isNotNull();
        assertThat(failure.refused()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(Records.id(2));
            assertThat(f.reason()).startsWith("400 ").contains("immense term");
        });
        assertThat(failure).hasMessageStartingWith("1 of 3 records were not indexed: " + Records.id(2));
        assertThat(index.count()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("quan ho", 10)).hits())
                .extracting(SearchHit::id).containsExactly(Records.id(3));
    }

    @Test
    void anIndexWhoseMappingConflictsRefusesEveryRecordLoudly() throws Exception {
        // given a physical index whose strict mapping knows none of disan's fields
        String conflicting = index.alias() + "-conflict";
        ElasticsearchClient client = ElasticsearchClientFactory.create(ElasticsearchSettings.of(TestElasticsearch.url()));
        try {
            client.indices().create(c -> c.index(conflicting).withJson(new StringReader(
                    "{\"mappings\": {\"dynamic\": \"strict\", \"properties\": {\"id\": {\"type\": \"keyword\"}}}}")));

            // when
            RecordsRefusedException failure = catchThrowableOfType(RecordsRefusedException.class,
                    () -> index.indexInto(conflicting, List.of(
                            Records.record(Records.id(1), "Chèo", "Chèo sân đình."),
                            Records.record(Records.id(2), "Tuồng", "Tuồng cung đình."))));

            // then
            assertThat(failure.refused()).extracting(RefusedRecord::id).containsExactly(Records.id(1), Records.id(2));
            assertThat(failure.refused()).allSatisfy(f ->
                    assertThat(f.reason()).contains("strict_dynamic_mapping_exception"));
            assertThat(client.count(c -> c.index(conflicting)).count()).isZero();
        } finally {
            client.indices().delete(d -> d.index(conflicting).ignoreUnavailable(true));
            client._transport().close();
        }
    }
}
