package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every inclusion and consistency vector of transparency-dev/merkle (see tlog-vectors/README.md): the happy
 * paths verify, every mutation is refused, and the proofs built here over the same tree equal the vectors'.
 */
class ProofVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> vectors(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(ProofVectorsTest.class.getResource("/tlog-vectors/" + kind).toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(80);
        List<Arguments> arguments = new ArrayList<>();
        for (Path file : files) {
            arguments.add(Arguments.of(dir.relativize(file).toString(), JSON.readTree(file.toFile())));
        }
        return arguments.stream();
    }

    static Stream<Arguments> inclusion() throws Exception {
        return vectors("inclusion");
    }

    static Stream<Arguments> consistency() throws Exception {
        return vectors("consistency");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusion")
    void inclusionVector(String name, JsonNode vector) {
        long index = vector.get("leafIdx").asLong();
        long size = vector.get("treeSize").asLong();
        List<byte[]> proof = hashes(vector.get("proof"));
        boolean accepted = ProofCheck.inclusion(index, size, bytes(vector.get("leafHash")), proof, bytes(vector.get("root")));
        assertThat(accepted).as(vector.get("desc").asText()).isEqualTo(!vector.get("wantErr").asBoolean());
        if (accepted && size <= TreeHashTest.LEAVES.size()) {
            List<byte[]> built = Proofs.inclusion(index, size,
                    TreeHashTest.over(TreeHashTest.leafHashes(TreeHashTest.LEAVES).subList(0, (int) size)));
            assertThat(built).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(proof);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistency")
    void consistencyVector(String name, JsonNode vector) {
        long first = vector.get("size1").asLong();
        long second = vector.get("size2").asLong();
        List<byte[]> proof = hashes(vector.get("proof"));
        boolean accepted = ProofCheck.consistency(first, second, bytes(vector.get("root1")), bytes(vector.get("root2")), proof);
        assertThat(accepted).as(vector.get("desc").asText()).isEqualTo(!vector.get("wantErr").asBoolean());
        if (accepted && first >= 1 && second <= TreeHashTest.LEAVES.size()) {
            List<byte[]> built = Proofs.consistency(first, second,
                    TreeHashTest.over(TreeHashTest.leafHashes(TreeHashTest.LEAVES).subList(0, (int) second)));
            assertThat(built).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(proof);
        }
    }

    /** A JSON null proof is the empty proof. */
    private static List<byte[]> hashes(JsonNode node) {
        List<byte[]> hashes = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(hash -> hashes.add(bytes(hash)));
        }
        return hashes;
    }

    private static byte[] bytes(JsonNode node) {
        return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asText());
    }
}
