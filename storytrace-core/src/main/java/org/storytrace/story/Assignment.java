package org.storytrace.story;

import java.util.List;
import java.util.Objects;
import org.storytrace.link.Candidate;

/**
 * Where a new article goes: the story it joins ({@code opened} when it starts one), the stories it bridges
 * (to be merged into {@code storyId}), and the candidate that decided it (null for a new story).
 */
public record Assignment(String storyId, boolean opened, List<String> merged, Candidate decidedBy, double score) {
    public Assignment {
        Objects.requireNonNull(storyId, "storyId");
        merged = List.copyOf(merged);
    }
}
