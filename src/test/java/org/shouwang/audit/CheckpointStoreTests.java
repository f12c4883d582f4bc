package org.shouwang.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointStoreTests {

	@TempDir
	Path dir;

	@Test
	void writesOneFilePerCheckpointPlusLatestAndReadsThemBack() throws Exception {
		CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"));
		assertThat(store.latest()).isEmpty();

		AuditCheckpoint first = new AuditCheckpoint(10, 10, "a".repeat(64), Instant.parse("2025-07-14T00:00:00Z"));
		AuditCheckpoint second = new AuditCheckpoint(12, 12, "b".repeat(64), Instant.parse("2025-07-14T00:05:00.5Z"));
		Path firstFile = store.write(first);
		Path secondFile = store.write(second);

		assertThat(CheckpointStore.read(firstFile)).isEqualTo(first);
		assertThat(CheckpointStore.read(secondFile)).isEqualTo(second);
		assertThat(store.latest()).contains(second);
		assertThat(Files.readString(store.dir().resolve("latest.json"))).contains("\"headHash\"")
			.contains("\"createdAt\" : \"2025-07-14T00:05:00.500Z\"");
		try (Stream<Path> files = Files.list(store.dir())) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("latest.json",
					firstFile.getFileName().toString(), secondFile.getFileName().toString());
		}

		// Without latest.json the checkpoint with the highest sequence is the latest.
		Files.delete(store.dir().resolve("latest.json"));
		assertThat(store.latest()).contains(second);
	}

	@Test
	void anUnreadableCheckpointIsAnErrorNotAMissingOne() throws Exception {
		CheckpointStore store = new CheckpointStore(dir);
		Files.writeString(dir.resolve("latest.json"), "{\"entries\": 3, \"headSeq");
		assertThatThrownBy(store::latest).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void readersNeverSeeAHalfWrittenCheckpoint() throws Exception {
		CheckpointStore store = new CheckpointStore(dir);
		store.write(new AuditCheckpoint(0, 0, AuditHash.GENESIS, Instant.now()));
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> reader = pool.submit(() -> {
				int reads = 0;
				while (writing.get() || reads < 100) {
					AuditCheckpoint seen = CheckpointStore.read(dir.resolve("latest.json"));
					assertThat(seen.headHash()).matches("[0-9a-f]{64}");
					reads++;
				}
				return reads;
			});
			Future<?> writer = pool.submit(() -> {
				try {
					for (int i = 1; i <= 300; i++) {
						// A long hash-like padding makes a non-atomic write observable.
						store.write(new AuditCheckpoint(i, i, AuditHash.sha256("x" + i), Instant.now()));
					}
				}
				finally {
					writing.set(false);
				}
			});
			writer.get();
			assertThat(reader.get()).isGreaterThanOrEqualTo(100);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(store.latest()).hasValueSatisfying(c -> assertThat(c.headSequence()).isEqualTo(300));
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
		}
	}
}
