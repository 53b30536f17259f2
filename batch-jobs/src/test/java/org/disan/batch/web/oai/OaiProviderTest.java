package org.disan.batch.web.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each verb, each protocol error and who may be seen, on a small embedded index; every answer schema-valid. */
class OaiProviderTest {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final Instant INGESTED = Instant.parse("2026-12-01T08:30:15Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate EMBARGO_ENDS = LocalDate.of(2026, 12, 10);

    @TempDir
    Path folder;
    LuceneArchiveIndex index;
    ArchiveRecord open;
    ArchiveRecord restricted;
    ArchiveRecord embargoed;
    int pageSize = 10;

    @BeforeEach
    void archive() {
        index = LuceneArchiveIndex.open(folder, clockOn(TODAY));
        open = HarvestRecords.record(1, Access.PUBLIC, "Bảo tàng Hà Nội 2024", INGESTED);
        restricted = HarvestRecords.record(2, HarvestRecords.RESTRICTED, "Bảo tàng Hà Nội 2024", INGESTED);
        embargoed = HarvestRecords.record(3, HarvestRecords.embargoedUntil(EMBARGO_ENDS), "ca-tru", INGESTED);
        List<ArchiveRecord> all = new ArrayList<>(List.of(open, restricted, embargoed));
        for (int n = 10; n < 25; n++) {
            all.add(HarvestRecords.record(n, Access.PUBLIC, "ca-tru", INGESTED.plusSeconds(n)));
        }
        index.index(all);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void identifyDeclaresSecondsAndTransientDeletions() throws Exception {
        Document answer = ask(TODAY, "verb", "Identify");
        assertThat(text(answer, OAI, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(answer, OAI, "deletedRecord")).isEqualTo("transient");
        assertThat(text(answer, OAI, "earliestDatestamp")).isEqualTo("2026-12-01T08:30:15Z");
        assertThat(text(answer, OAI, "baseURL")).isEqualTo("http://archive.example/oai");
    }

    @Test
    void listsOaiDcAndTheSetsOfPublicRecords() throws Exception {
        assertThat(text(ask(TODAY, "verb", "ListMetadataFormats"), OAI, "metadataPrefix")).isEqualTo("oai_dc");
        Document sets = ask(TODAY, "verb", "ListSets");
        assertThat(texts(sets, OAI, "setSpec")).containsExactlyInAnyOrder(
                "collection:bao-tang-ha-noi-2024", "collection:ca-tru",
                "submission:bao-tang-ha-noi-2024", "submission:ca-tru");
        assertThat(texts(sets, OAI, "setName")).contains("Collection: Bảo tàng Hà Nội 2024");
    }

    @Test
    void getRecordGivesDublinCoreWithRepeatedElementsLanguageAndLinks() throws Exception {
        Document answer = ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + open.id());
        assertThat(texts(answer, DC, "creator")).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(texts(answer, DC, "subject")).containsExactly("phố cổ", "nghề thủ công");
        Element title = (Element) answer.getElementsByTagNameNS(DC, "title").item(0);
        assertThat(title.getTextContent()).isEqualTo("Phố cổ Hà Nội 1");
        assertThat(title.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("vi");
        assertThat(texts(answer, DC, "identifier")).containsExactly("MS-1", "http://archive.example/records/" + open.id());
        assertThat(texts(answer, DC, "relation")).containsExactly("http://archive.example/files/" + open.id() + "/thumbnail-small",
                "http://archive.example/iiif/3/" + open.id() + "/manifest");
        assertThat(text(answer, OAI, "datestamp")).isEqualTo("2026-12-01T08:30:15Z");
        assertThat(texts(answer, OAI, "setSpec")).containsExactly("collection:bao-tang-ha-noi-2024", "submission:bao-tang-ha-noi-2024");
    }

    @Test
    void theManifestIsARelationOfRecordsWithCanvasesOnly() throws Exception {
        ArchiveRecord pdf = HarvestRecords.ofType(30, "application/pdf", Map.of());
        ArchiveRecord song = HarvestRecords.ofType(31, "audio/mpeg", Map.of("duration", "184.5"));
        ArchiveRecord unmeasured = HarvestRecords.ofType(32, "audio/mpeg", Map.of());
        ArchiveRecord letter = HarvestRecords.ofType(33, "text/plain", Map.of());
        ArchiveRecord drawing = HarvestRecords.ofType(34, "image/svg+xml", Map.of());
        index.index(List.of(pdf, song, unmeasured, letter, drawing));
        for (ArchiveRecord record : List.of(pdf, song)) {
            assertThat(relations(record)).contains("http://archive.example/iiif/3/" + record.id() + "/manifest");
        }
        for (ArchiveRecord record : List.of(unmeasured, letter, drawing)) {
            assertThat(relations(record)).noneMatch(relation -> relation.contains("/iiif/"));
        }
    }

    List<String> relations(ArchiveRecord record) throws Exception {
        Document answer = ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + record.id());
        return texts(answer, DC, "relation");
    }

    @Test
    void restrictedAndStillEmbargoedRecordsNeverAppear() throws Exception {
        pageSize = 100;
        Document all = ask(TODAY, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
        List<String> identifiers = new ArrayList<>(texts(all, OAI, "identifier"));
        assertThat(identifiers).hasSize(16).contains("oai:disan:" + open.id())
                .doesNotContain("oai:disan:" + restricted.id(), "oai:disan:" + embargoed.id());
        assertThat(error(ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + restricted.id())))
                .isEqualTo("idDoesNotExist");
        assertThat(error(ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + embargoed.id())))
                .isEqualTo("idDoesNotExist");
    }

    @Test
    void anEmbargoThatEndsBringsTheRecordInWithTheEmbargoEndAsDatestamp() throws Exception {
        String expected = EMBARGO_ENDS.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
        String sinceLastHarvest = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        index.close();
        index = LuceneArchiveIndex.open(folder, clockOn(EMBARGO_ENDS.plusDays(1)));
        Document later = ask(EMBARGO_ENDS.plusDays(1), "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", sinceLastHarvest);
        assertThat(texts(later, OAI, "identifier")).containsExactly("oai:disan:" + embargoed.id());
        assertThat(text(later, OAI, "datestamp")).isEqualTo(expected.replace(".000", ""));
    }

    @Test
    void anAccessChangeAfterIngestIsListedFromItsNewDatestamp() throws Exception {
        Instant changed = Instant.parse("2026-12-05T14:20:30.750Z");
        ArchiveRecord withdrawn = open.withAccess(HarvestRecords.RESTRICTED, changed);
        ArchiveRecord opened = restricted.withAccess(Access.PUBLIC, changed.plusSeconds(60));
        index.index(List.of(withdrawn, opened));
        String sinceLastHarvest = "2026-12-05T00:00:00Z";

        for (String verb : List.of("ListIdentifiers", "ListRecords")) {
            Document answer = ask(TODAY, "verb", verb, "metadataPrefix", "oai_dc", "from", sinceLastHarvest);
            assertThat(headers(answer)).containsExactly(
                    "oai:disan:" + withdrawn.id() + " 2026-12-05T14:20:30Z deleted",
                    "oai:disan:" + opened.id() + " 2026-12-05T14:21:30Z ");
            assertThat(answer.getElementsByTagNameNS(OAI, "metadata").getLength()).isEqualTo(verb.equals("ListRecords") ? 1 : 0);
        }
        Document gone = ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + withdrawn.id());
        assertThat(headers(gone)).containsExactly("oai:disan:" + withdrawn.id() + " 2026-12-05T14:20:30Z deleted");
        assertThat(error(ask(TODAY, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2026-12-05T14:21:31Z")))
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void setsNarrowTheList() throws Exception {
        Document museum = ask(TODAY, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "submission:bao-tang-ha-noi-2024");
        assertThat(texts(museum, OAI, "identifier")).containsExactly("oai:disan:" + open.id());
    }

    @Test
    void pagesCarryCompleteListSizeAndCursor() throws Exception {
        Document first = ask(TODAY, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
        Element token = (Element) first.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(token.getAttribute("completeListSize")).isEqualTo("16");
        assertThat(token.getAttribute("cursor")).isEqualTo("0");
        Document second = ask(TODAY, "verb", "ListIdentifiers", "resumptionToken", token.getTextContent());
        Element last = (Element) second.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(last.getAttribute("cursor")).isEqualTo("10");
        assertThat(last.getTextContent()).isEmpty();
        assertThat(texts(second, OAI, "identifier")).hasSize(6);
    }

    @Test
    void anUnknownVerbIsBadVerb() throws Exception {
        assertThat(error(ask(TODAY, "verb", "ListEverything"))).isEqualTo("badVerb");
        assertThat(error(ask(TODAY))).isEqualTo("badVerb");
    }

    @Test
    void missingOrIllegalArgumentsAreBadArgument() throws Exception {
        assertThat(error(ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc"))).isEqualTo("badArgument");
        assertThat(error(ask(TODAY, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "yesterday"))).isEqualTo("badArgument");
        assertThat(error(ask(TODAY, "verb", "Identify", "colour", "red"))).isEqualTo("badArgument");
    }

    @Test
    void aTokenThisArchiveDidNotGiveIsBadResumptionToken() throws Exception {
        assertThat(error(ask(TODAY, "verb", "ListRecords", "resumptionToken", "bm90IGEgdG9rZW4"))).isEqualTo("badResumptionToken");
        assertThat(error(ask(TODAY, "verb", "ListIdentifiers", "resumptionToken", "%%%"))).isEqualTo("badResumptionToken");
    }

    @Test
    void anUnknownFormatIsCannotDisseminateFormat() throws Exception {
        assertThat(error(ask(TODAY, "verb", "ListRecords", "metadataPrefix", "marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(error(ask(TODAY, "verb", "GetRecord", "metadataPrefix", "marc21", "identifier", "oai:disan:" + open.id())))
                .isEqualTo("cannotDisseminateFormat");
    }

    @Test
    void anUnknownIdentifierIsIdDoesNotExist() throws Exception {
        assertThat(error(ask(TODAY, "verb", "GetRecord", "metadataPrefix", "oai_dc", "identifier", "oai:disan:" + "0".repeat(64))))
                .isEqualTo("idDoesNotExist");
        assertThat(error(ask(TODAY, "verb", "ListMetadataFormats", "identifier", "not-ours"))).isEqualTo("idDoesNotExist");
    }

    @Test
    void aRangeOrSetWithNothingInItIsNoRecordsMatch() throws Exception {
        assertThat(error(ask(TODAY, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-12-02T00:00:00Z")))
                .isEqualTo("noRecordsMatch");
        assertThat(error(ask(TODAY, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "collection:nowhere")))
                .isEqualTo("noRecordsMatch");
    }

    Document ask(LocalDate day, String... keysAndValues) throws Exception {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], new String[] {keysAndValues[i + 1]});
        }
        OaiSettings settings = new OaiSettings(pageSize, null, null, null, null);
        byte[] answer = new OaiProvider(index, settings, "http://archive.example/oai", "http://archive.example", clockOn(day))
                .answer(parameters);
        OaiSchemas.assertValid(answer);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer));
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static String error(Document answer) {
        NodeList errors = answer.getElementsByTagNameNS(OAI, "error");
        assertThat(errors.getLength()).as("an error in the answer").isPositive();
        return ((Element) errors.item(0)).getAttribute("code");
    }

    static String text(Document answer, String namespace, String name) {
        return answer.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    /** Each header as "identifier datestamp status" (status empty unless deleted). */
    static List<String> headers(Document answer) {
        NodeList nodes = answer.getElementsByTagNameNS(OAI, "header");
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element header = (Element) nodes.item(i);
            headers.add(header.getElementsByTagNameNS(OAI, "identifier").item(0).getTextContent() + " "
                    + header.getElementsByTagNameNS(OAI, "datestamp").item(0).getTextContent() + " "
                    + header.getAttribute("status"));
        }
        return headers;
    }

    static List<String> texts(Document answer, String namespace, String name) {
        NodeList nodes = answer.getElementsByTagNameNS(namespace, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
