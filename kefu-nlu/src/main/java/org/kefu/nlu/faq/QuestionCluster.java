package org.kefu.nlu.faq;

import java.util.List;

/**
 * A group of questions that mean the same, as positions in the list that was clustered.
 *
 * @param representative the member most similar, on average, to the others: the one to show for the group
 * @param members all members in ascending order, the representative included
 */
public record QuestionCluster(int representative, List<Integer> members) {
    public QuestionCluster {
        members = List.copyOf(members);
        if (!members.contains(representative)) {
            throw new IllegalArgumentException("representative " + representative + " is not a member of " + members);
        }
    }

    /** The number of questions in the group. */
    public int size() {
        return members.size();
    }
}
