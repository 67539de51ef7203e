package uk.gov.safeguarding.audit.domain.log;

/**
 * The hash of any run of leaves [start, end) of one tree: where proofs get their sibling hashes. A stored log
 * answers from the nodes it keeps; a list of leaves works them out.
 */
@FunctionalInterface
public interface Subtrees {

    byte[] hash(long start, long end);
}
