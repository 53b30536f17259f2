package org.disan.batch.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one archive lives on disk: the content-addressed store, the search index, the job
 * repository and the job reports, all under one root that the user chooses with {@code --data}.
 */
public record DataFolder(Path root) {

    public DataFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public Path store() {
        return root.resolve("store");
    }

    /** The live search index folder ({@link IndexPointer}: {@code index} until a reindex switches it). */
    public Path index() {
        return new IndexPointer(root).current();
    }

    /** The job repository's H2 database files start with this path. */
    public Path jobRepository() {
        return root.resolve("jobs").resolve("repository");
    }

    /** Where zipped submissions are unpacked before they are ingested. */
    public Path unpacked() {
        return root.resolve("unpacked");
    }

    /** What the archive keeps about its collections, such as a bag's {@code bag-info.txt}. */
    public Path collections() {
        return root.resolve("collections");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    /** JDBC URL of the embedded job repository. */
    public String jobRepositoryUrl() {
        return "jdbc:h2:file:" + jobRepository() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Whether anything has been ingested here yet. */
    public boolean hasIndex() {
        return Files.isDirectory(index());
    }

    /** Whether a job repository has been created here yet. */
    public boolean hasJobRepository() {
        return Files.exists(jobRepository().resolveSibling("repository.mv.db"));
    }
}
