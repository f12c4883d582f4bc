package org.shouwang.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.StreamSupport;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoint files: one {@code checkpoint-<time>-<seq>.json} per checkpoint plus {@code latest.json},
 * each written to a temporary file in the same directory, forced to disk and moved into place atomically,
 * so a reader never sees a half-written checkpoint. Plain Java: the command-line verifier uses it too.
 */
final class CheckpointStore {

	static final String LATEST = "latest.json";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path dir;

	CheckpointStore(Path dir) {
		this.dir = dir.toAbsolutePath().normalize();
	}

	Path dir() {
		return dir;
	}

	/**
	 * The latest checkpoint: {@code latest.json}, or when it is missing the checkpoint file with the highest
	 * sequence; empty when there is none. An unreadable file is an error, never "no checkpoint".
	 */
	Optional<AuditCheckpoint> latest() {
		Path latest = dir.resolve(LATEST);
		if (Files.exists(latest)) {
			return Optional.of(read(latest));
		}
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "checkpoint-*.json")) {
			return StreamSupport.stream(files.spliterator(), false)
				.map(CheckpointStore::read)
				.max(Comparator.comparingLong(AuditCheckpoint::headSequence)
					.thenComparing(AuditCheckpoint::createdAt));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list audit checkpoints in " + dir, ex);
		}
	}

	/** Writes the checkpoint's own file and then {@code latest.json}; returns the checkpoint's file. */
	synchronized Path write(AuditCheckpoint checkpoint) {
		try {
			Files.createDirectories(dir);
			byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(checkpoint);
			Path file = dir.resolve(
					"checkpoint-" + STAMP.format(checkpoint.createdAt()) + "-" + checkpoint.headSequence() + ".json");
			writeAtomically(file, content);
			writeAtomically(dir.resolve(LATEST), content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit checkpoint to " + dir, ex);
		}
	}

	static AuditCheckpoint read(Path file) {
		try {
			AuditCheckpoint checkpoint = JSON.readValue(Files.readAllBytes(file), AuditCheckpoint.class);
			if (checkpoint.headHash() == null || !checkpoint.headHash().matches("[0-9a-f]{64}")
					|| checkpoint.createdAt() == null || checkpoint.entries() < 0 || checkpoint.headSequence() < 0) {
				throw new IllegalStateException("Audit checkpoint " + file + " is incomplete");
			}
			return checkpoint;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read audit checkpoint " + file, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Audit checkpoint " + file + " is not valid JSON", ex);
		}
	}

	private void writeAtomically(Path target, byte[] content) throws IOException {
		Path temp = Files.createTempFile(dir, ".checkpoint-", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(java.nio.ByteBuffer.wrap(content));
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IOException("The checkpoint directory does not support atomic moves: " + dir, ex);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
