package org.disan.batch.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest; a build run from class folders has none. */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "disan " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version")
        };
    }
}
