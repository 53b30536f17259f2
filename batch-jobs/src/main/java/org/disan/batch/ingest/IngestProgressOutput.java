package org.disan.batch.ingest;

/** Names the bean through which the command line receives an ingest's progress lines. */
public final class IngestProgressOutput {

    public static final String BEAN = "ingestProgressOutput";

    private IngestProgressOutput() {}
}
