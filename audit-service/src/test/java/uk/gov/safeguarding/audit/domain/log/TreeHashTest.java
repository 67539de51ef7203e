package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** RFC 6962's tree over the eight leaves of Certificate Transparency's test data, and proofs built over it. */
class TreeHashTest {

    static final List<byte[]> LEAVES = Stream.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f").map(HexFormat.of()::parseHex).toList();

    /** The roots of the trees of the first 0 to 8 leaves. */
    static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static List<byte[]> leafHashes(List<byte[]> entries) {
        return entries.stream().map(TreeHash::leaf).toList();
    }

    /** Subtrees worked out from the leaves themselves. */
    static Subtrees over(List<byte[]> leafHashes) {
        return (start, end) -> TreeHash.root(leafHashes.subList((int) start, (int) end));
    }

    @Test
    void rootsOfTheFirstNLeaves() {
        List<byte[]> hashes = leafHashes(LEAVES);
        for (int n = 0; n <= 8; n++) {
            assertThat(HexFormat.of().formatHex(TreeHash.root(hashes.subList(0, n)))).as("size " + n).isEqualTo(ROOTS.get(n));
        }
    }

    @Test
    void splitsAtTheLargestPowerOfTwoBelow() {
        assertThat(TreeHash.split(2)).isEqualTo(1);
        assertThat(TreeHash.split(3)).isEqualTo(2);
        assertThat(TreeHash.split(4)).isEqualTo(2);
        assertThat(TreeHash.split(5)).isEqualTo(4);
        assertThat(TreeHash.split(8)).isEqualTo(4);
        assertThat(TreeHash.split(9)).isEqualTo(8);
        assertThat(TreeHash.split(10_000_000)).isEqualTo(8_388_608);
    }

    @Test
    void everyInclusionProofOfEveryTreeUpToFortyLeavesVerifiesAndOnlyForItsLeaf() {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hashes.add(TreeHash.leaf(("entry " + i).getBytes()));
        }
        for (int size = 1; size <= 40; size++) {
            List<byte[]> tree = hashes.subList(0, size);
            byte[] root = TreeHash.root(tree);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = Proofs.inclusion(index, size, over(tree));
                assertThat(proof.size()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(size - 1));
                assertThat(ProofCheck.inclusion(index, size, tree.get(index), proof, root)).as(index + " of " + size).isTrue();
                int other = (index + 1) % size;
                if (other != index) {
                    assertThat(ProofCheck.inclusion(index, size, tree.get(other), proof, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTreesUpToFortyLeavesVerifiesAndFailsForAnotherHistory() {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            hashes.add(TreeHash.leaf(("entry " + i).getBytes()));
        }
        for (int second = 1; second <= 40; second++) {
            byte[] secondRoot = TreeHash.root(hashes.subList(0, second));
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = TreeHash.root(hashes.subList(0, first));
                List<byte[]> proof = Proofs.consistency(first, second, over(hashes.subList(0, second)));
                assertThat(ProofCheck.consistency(first, second, firstRoot, secondRoot, proof))
                        .as(first + " to " + second).isTrue();
                // the same sizes, but one entry of the earlier tree rewritten
                List<byte[]> rewritten = new ArrayList<>(hashes.subList(0, second));
                rewritten.set(first - 1, TreeHash.leaf("rewritten".getBytes()));
                byte[] rewrittenRoot = TreeHash.root(rewritten);
                List<byte[]> rewrittenProof = Proofs.consistency(first, second, over(rewritten));
                assertThat(ProofCheck.consistency(first, second, firstRoot, rewrittenRoot, rewrittenProof))
                        .as("rewritten " + first + " to " + second).isFalse();
            }
        }
    }
}
