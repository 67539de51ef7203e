package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierTest {

    @Test
    void appendingLeafByLeafGivesRfc6962sRootsAndEveryPerfectSubtreeOnce() {
        List<byte[]> leaves = TreeHashTest.leafHashes(TreeHashTest.LEAVES);
        Frontier frontier = Frontier.empty();
        assertThat(HexFormat.of().formatHex(frontier.root())).isEqualTo(TreeHashTest.ROOTS.get(0));
        List<Frontier.Node> nodes = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            frontier = frontier.append(leaves.get(n - 1), nodes);
            assertThat(HexFormat.of().formatHex(frontier.root())).as("size " + n).isEqualTo(TreeHashTest.ROOTS.get(n));
            assertThat(frontier.edge()).hasSize(Long.bitCount(n));
        }
        // eight leaves complete 4 + 2 + 1 nodes above them, each the root of the leaves it covers
        assertThat(nodes).hasSize(7);
        for (Frontier.Node node : nodes) {
            int from = (int) (node.index() << node.level());
            int to = from + (1 << node.level());
            assertThat(node.hash()).as(node.level() + "/" + node.index())
                    .isEqualTo(TreeHash.root(leaves.subList(from, to)));
        }
        assertThat(nodes).extracting(n -> n.level() + "/" + n.index())
                .containsExactly("1/0", "1/1", "2/0", "1/2", "1/3", "2/1", "3/0");
    }

    @Test
    void aThousandLeavesGiveTheRootWorkedOutWhole() {
        List<byte[]> leaves = new ArrayList<>();
        Frontier frontier = Frontier.empty();
        for (int i = 0; i < 1_000; i++) {
            byte[] leaf = TreeHash.leaf(("entry " + i).getBytes());
            leaves.add(leaf);
            frontier = frontier.append(leaf, new ArrayList<>());
        }
        assertThat(Arrays.equals(frontier.root(), TreeHash.root(leaves))).isTrue();
        Frontier reread = new Frontier(frontier.size(), frontier.edge());
        assertThat(reread.root()).isEqualTo(frontier.root());
    }

    @Test
    void anEdgeThatDoesNotFitItsSizeIsRefused() {
        assertThatThrownBy(() -> new Frontier(3, List.of(new byte[32]))).isInstanceOf(IllegalArgumentException.class);
    }
}
