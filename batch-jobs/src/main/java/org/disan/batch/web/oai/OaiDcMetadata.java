package org.disan.batch.web.oai;

import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;

/**
 * A record's Dublin Core as {@code oai_dc}: one element per value (repeated values repeat the
 * element), {@code xml:lang} on the free-text elements when the record's language is a language
 * tag, the permalink as an identifier and the thumbnail and IIIF manifest as relations.
 */
final class OaiDcMetadata {

    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private OaiDcMetadata() {}

    static Metadata of(ArchiveRecord record, RecordLinks links) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
            xml.writeStartElement(PREFIX, "dc", NAMESPACE);
            xml.writeNamespace(PREFIX, NAMESPACE);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
            new Elements(xml, language(record)).write(record, links);
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Dublin Core of record " + record.id() + " cannot be written", e);
        }
        return new Metadata(text.toString());
    }

    /** The record's language as an {@code xml:lang} value, or null when it is not a plain tag. */
    private static String language(ArchiveRecord record) {
        String declared = record.dublinCore().language();
        String language = declared != null ? declared : record.textLanguage();
        return language != null && LANGUAGE_TAG.matcher(language).matches() ? language : null;
    }

    /** The fifteen elements in the order of the Dublin Core element set. */
    private record Elements(XMLStreamWriter xml, String language) {

        void write(ArchiveRecord record, RecordLinks links) throws XMLStreamException {
            DublinCore dc = record.dublinCore();
            text("title", record.displayTitle());
            for (String creator : dc.creators()) {
                plain("creator", creator);
            }
            for (String subject : dc.subjects()) {
                text("subject", subject);
            }
            text("description", dc.description());
            plain("publisher", dc.publisher());
            for (String contributor : dc.contributors()) {
                plain("contributor", contributor);
            }
            plain("date", dc.date());
            plain("type", dc.type());
            plain("format", dc.format() != null ? dc.format()
                    : record.technical() == null ? null : record.technical().mimeType());
            plain("identifier", dc.identifier());
            plain("identifier", links.permalink(record));
            plain("source", dc.source());
            plain("language", dc.language() != null ? dc.language() : record.textLanguage());
            plain("relation", dc.relation());
            plain("relation", links.thumbnail(record));
            plain("relation", links.manifest(record));
            for (String place : dc.coverage()) {
                text("coverage", place);
            }
            plain("rights", dc.rights());
        }

        private void text(String element, String value) throws XMLStreamException {
            write(element, value, language);
        }

        private void plain(String element, String value) throws XMLStreamException {
            write(element, value, null);
        }

        private void write(String element, String value, String lang) throws XMLStreamException {
            if (value == null || value.isBlank()) {
                return;
            }
            xml.writeStartElement("dc", element, DC);
            if (lang != null) {
                xml.writeAttribute("xml", XML, "lang", lang);
            }
            xml.writeCharacters(XmlText.clean(value));
            xml.writeEndElement();
        }
    }
}
