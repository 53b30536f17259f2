package org.disan.batch.web.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.disan.search.ArchiveIndex;
import org.disan.search.document.RecordDatestamp;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;

/**
 * Answers one OAI-PMH request over the archive's index with GDCC's data provider: Identify,
 * ListMetadataFormats, ListSets, ListIdentifiers, ListRecords and GetRecord, {@code oai_dc},
 * second granularity, deleted records {@code transient}.
 */
public final class OaiProvider {

    /** The formats offered; made once, since making a format's transformer looks up a factory. */
    private static final Context CONTEXT = new Context().withMetadataFormat(new MetadataFormat()
            .withPrefix(OaiDcMetadata.PREFIX)
            .withNamespace(OaiDcMetadata.NAMESPACE)
            .withSchemaLocation(OaiDcMetadata.SCHEMA)
            .withTransformer(MetadataFormat.identity()));

    private final ArchiveIndex index;
    private final OaiSettings settings;
    private final String baseUrl;
    private final RecordLinks links;
    private final Clock clock;

    /**
     * @param baseUrl the endpoint's address, as harvesters reach it
     * @param siteUrl the archive's address, for permalinks and thumbnails
     */
    public OaiProvider(ArchiveIndex index, OaiSettings settings, String baseUrl, String siteUrl, Clock clock) {
        this.index = index;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.links = new RecordLinks(siteUrl);
        this.clock = clock;
    }

    /** The XML answer (UTF-8) to a request's parameters, protocol errors included. */
    public byte[] answer(Map<String, String[]> parameters) {
        HarvestTokens tokens = new HarvestTokens();
        RepositoryConfiguration configuration = configuration(tokens, isIdentify(parameters));
        OaiSets sets = new OaiSets(index);
        OaiIdentifiers identifiers = new OaiIdentifiers(settings.repositoryIdentifier());
        Repository repository = new Repository(configuration)
                .withSetRepository(sets)
                .withItemRepository(new OaiItems(index, sets, tokens, identifiers, links, clock));
        OAIPMH response = new DataProvider(CONTEXT, repository).handle(parameters);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmlWriter writer = new XmlWriter(out, configuration)) {
            writer.write(response);
        } catch (Exception e) {
            throw new IllegalStateException("the OAI-PMH answer cannot be written", e);
        }
        return out.toByteArray();
    }

    private RepositoryConfiguration configuration(HarvestTokens tokens, boolean identify) {
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(settings.repositoryName())
                .withAdminEmail(settings.adminEmail())
                .withBaseUrl(baseUrl)
                .withEarliestDate(identify ? earliestDatestamp() : Instant.EPOCH)
                .withGranularity(Granularity.Second)
                .withDeleteMethod(DeletedRecord.TRANSIENT)
                .withMaxListRecords(settings.pageSize())
                .withMaxListIdentifiers(settings.pageSize())
                .withMaxListSets(1000)
                .withResumptionTokenFormat(tokens)
                .withRequireFromAfterEarliest(false)
                .withEnableMetadataAttributes(false)
                .build();
    }

    /** The oldest datestamp a harvest can return; now when the archive is empty. */
    private Instant earliestDatestamp() {
        HarvestPage first = index.harvest(new HarvestQuery(null, null, null, null, null, 1));
        return first.records().isEmpty() ? Instant.now(clock) : RecordDatestamp.of(first.records().get(0));
    }

    private static boolean isIdentify(Map<String, String[]> parameters) {
        String[] verb = parameters.get("verb");
        return verb != null && verb.length == 1 && "Identify".equals(verb[0]);
    }
}
