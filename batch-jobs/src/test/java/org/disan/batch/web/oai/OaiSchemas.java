package org.disan.batch.web.oai;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The OAI-PMH 2.0 and {@code oai_dc} schemas (with Simple Dublin Core and the XML namespace's), kept
 * under test resources and loaded with network access switched off: every answer a test sees is
 * checked against them.
 */
final class OaiSchemas {

    private static final Schema SCHEMA = load();

    private OaiSchemas() {}

    static void assertValid(byte[] xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | java.io.IOException e) {
            throw new AssertionError("not a valid OAI-PMH answer: " + e.getMessage() + "\n"
                    + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    private static Schema load() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new Source[] {
                source("xml.xsd", "http://www.w3.org/2001/03/xml.xsd"),
                source("simpledc20021212.xsd", "http://dublincore.org/schemas/xmls/simpledc20021212.xsd"),
                source("oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
                source("OAI-PMH.xsd", "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")});
        } catch (SAXException e) {
            throw new IllegalStateException("the OAI-PMH schemas cannot be loaded", e);
        }
    }

    private static Source source(String resource, String systemId) {
        URL url = OaiSchemas.class.getResource("/oai/" + resource);
        try {
            StreamSource source = new StreamSource(url.openStream());
            source.setSystemId(systemId);
            return source;
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource /oai/" + resource, e);
        }
    }
}
