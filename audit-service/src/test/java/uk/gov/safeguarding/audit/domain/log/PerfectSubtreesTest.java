package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerfectSubtreesTest {

    @Test
    void everyRunAProofAsksForFoldsBackToItsRootFromPerfectSubtrees() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            leaves.add(TreeHash.leaf(("entry " + i).getBytes()));
        }
        // the runs the proofs of every tree up to 70 leaves ask for, answered from perfect subtrees only
        Subtrees fromPieces = (start, end) -> PerfectSubtrees.fold(PerfectSubtrees.of(start, end).stream()
                .map(piece -> {
                    int from = (int) (piece.index() << piece.level());
                    assertThat(from % (1 << piece.level())).isZero();
                    return TreeHash.root(leaves.subList(from, from + (1 << piece.level())));
                }).toList());
        Subtrees whole = TreeHashTest.over(leaves);
        for (int size = 1; size <= 70; size++) {
            for (int index = 0; index < size; index++) {
                assertThat(Proofs.inclusion(index, size, fromPieces))
                        .usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(Proofs.inclusion(index, size, whole));
            }
            for (int first = 1; first <= size; first++) {
                assertThat(Proofs.consistency(first, size, fromPieces))
                        .usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(Proofs.consistency(first, size, whole));
            }
        }
    }

    @Test
    void splitsARunIntoTheLargestAlignedSubtreesFromTheLeft() {
        assertThat(PerfectSubtrees.of(0, 8)).containsExactly(new PerfectSubtrees.Piece(3, 0));
        assertThat(PerfectSubtrees.of(8, 15)).containsExactly(new PerfectSubtrees.Piece(2, 2),
                new PerfectSubtrees.Piece(1, 6), new PerfectSubtrees.Piece(0, 14));
        assertThat(PerfectSubtrees.of(0, 10_000_000)).hasSize(Long.bitCount(10_000_000));
    }
}
