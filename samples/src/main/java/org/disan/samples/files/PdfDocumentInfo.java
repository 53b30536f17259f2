package org.disan.samples.files;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.disan.samples.CatalogueRecord;

/** Fills a PDF's document information from its catalogue record and fixes its file id. */
final class PdfDocumentInfo {

    private PdfDocumentInfo() {
    }

    static void apply(PDDocument document, CatalogueRecord record) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(record.title());
        info.setAuthor(record.creator());
        info.setSubject(String.join(", ", record.subjects()));
        info.setKeywords(String.join(", ", record.coverage()));
        info.setProducer("disan corpus generator");
        GregorianCalendar created = GregorianCalendar.from(LocalDate.parse(record.date()).atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(created);
        info.setModificationDate(created);
        // Without an explicit /ID, the writer derives one from the clock and the bytes would differ per run.
        COSString id = new COSString(HexFormat.of().formatHex(record.identifier().getBytes(StandardCharsets.UTF_8)));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
