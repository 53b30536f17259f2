package org.disan.samples.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.disan.samples.CatalogueRecord;
import org.disan.samples.PlannedFile;
import org.disan.samples.text.HeritageProse;

/** A Word document: title, paragraphs about the topic, and core properties from the catalogue record. */
public final class DocxWriter implements SampleWriter {

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(file.record().title());
            for (String text : HeritageProse.paragraphs(file.topic(), file.language(), 3 + random.nextInt(10), random)) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(text);
            }
            describe(document.getProperties(), file.record());
            document.write(bytes);
        }
        DeterministicZip.rewrite(bytes.toByteArray(), target);
    }

    private static void describe(POIXMLProperties properties, CatalogueRecord record) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date created = Date.from(LocalDate.parse(record.date()).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setTitle(record.title());
        core.setCreator(record.creator());
        core.setSubjectProperty(String.join(", ", record.subjects()));
        core.setKeywords(String.join(", ", record.coverage()));
        core.setIdentifier(record.identifier());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
    }
}
