package org.disan.batch.web.oai;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.document.Facet;
import org.disan.search.document.SearchableRecord;
import org.disan.search.harvest.HarvestSet;

/**
 * The sets a harvest can be narrowed to: one per collection and one per submission that holds at
 * least one public record. Names that fold to the same spec share it.
 */
final class OaiSets implements SetRepository {

    private final ArchiveIndex index;

    OaiSets(ArchiveIndex index) {
        this.index = index;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        List<Set> sets = new ArrayList<>();
        for (HarvestSet kind : HarvestSet.values()) {
            Map<String, List<String>> bySpec = bySpec(kind);
            bySpec.forEach((spec, names) -> sets.add(new Set(spec).withName(label(kind, names))));
        }
        return sets;
    }

    @Override
    public boolean exists(String spec) {
        return !namesOf(spec).isEmpty();
    }

    /** The collection or submission names a spec stands for; empty when it stands for none. */
    List<String> namesOf(String spec) {
        return SetSpecs.parse(spec)
                .map(parsed -> bySpec(parsed.kind()).getOrDefault(spec, List.of()))
                .orElse(List.of());
    }

    /** The sets a record belongs to, as the headers of a harvest name them. */
    static List<Set> of(ArchiveRecord record) {
        List<Set> sets = new ArrayList<>();
        SearchableRecord.of(record).facets().get(Facet.COLLECTION)
                .forEach(name -> sets.add(new Set(SetSpecs.of(HarvestSet.COLLECTION, name))));
        if (record.provenance() != null && record.provenance().submission() != null) {
            sets.add(new Set(SetSpecs.of(HarvestSet.SUBMISSION, record.provenance().submission())));
        }
        return sets;
    }

    private Map<String, List<String>> bySpec(HarvestSet kind) {
        Map<String, List<String>> bySpec = new LinkedHashMap<>();
        for (String name : index.harvestSetValues(kind)) {
            bySpec.computeIfAbsent(SetSpecs.of(kind, name), spec -> new ArrayList<>()).add(name);
        }
        return bySpec;
    }

    private static String label(HarvestSet kind, List<String> names) {
        String what = kind == HarvestSet.COLLECTION ? "Collection: " : "Submission: ";
        return what + String.join(" / ", names);
    }
}
