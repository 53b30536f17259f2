package org.disan.ingest.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records stored before {@link ArchiveRecord#previewsNotMade()} existed said that a preview cannot
 * be made in a note ("no waveform: ffmpeg not installed"). Reading such a record moves each of
 * those notes into the field, so that nothing else needs to know the old form.
 */
final class LegacyPreviewNotes {

    private LegacyPreviewNotes() {}

    /** The record with its preview notes moved into {@link ArchiveRecord#previewsNotMade()}. */
    static ArchiveRecord migrated(ArchiveRecord record) {
        Map<PreviewType, String> notMade = new EnumMap<>(PreviewType.class);
        List<String> notes = new ArrayList<>(record.notes().size());
        for (String note : record.notes()) {
            if (!moved(note, notMade)) {
                notes.add(note);
            }
        }
        if (notMade.isEmpty()) {
            return record;
        }
        record.previewsNotMade().forEach(notMade::put); // the field, where set, is the newer word
        return record.withNotes(notes).withPreviews(record.derivatives(), notMade);
    }

    private static boolean moved(String note, Map<PreviewType, String> notMade) {
        for (PreviewType type : PreviewType.values()) {
            Optional<String> reason = type.reasonIn(note);
            if (reason.isPresent()) {
                notMade.putIfAbsent(type, reason.get());
                return true;
            }
        }
        return false;
    }

    /** A Jackson module that migrates every record it reads. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("legacy-preview-notes");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == ArchiveRecord.class ? new Migrating(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static final class Migrating extends DelegatingDeserializer {

        Migrating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Migrating(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return migrated((ArchiveRecord) super.deserialize(parser, context));
        }
    }
}
