package dk.livsmester.domain.guides;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks guides for a request. The score is 0–100 points split over parts the coordinator sees. Same disability is a
 * preference, never a filter: the pilot found cross-disability matches worked well (domain.md §3.6).
 */
public final class MatchScorer {
    public static final int TASK = 35;
    public static final int DISABILITY = 15;
    public static final int AREA = 20;
    public static final int AVAILABILITY = 15;
    public static final int LOAD = 10;
    public static final int ROTATION = 5;

    public Optional<Candidate> score(GuideRequest req, Guide guide) {
        if (!guide.canTakeMore()) {
            return Optional.empty();
        }
        double task;
        if (guide.taskTypes().contains(req.taskType())) {
            task = 1.0;
        } else if (guide.taskTypes().stream().anyMatch(t -> t.isRelatedTo(req.taskType()))) {
            task = 0.5;
        } else {
            return Optional.empty();
        }
        boolean same = req.citizenDisability() != null && guide.disabilityExperience().contains(req.citizenDisability());
        double disability = req.sameDisabilityPreferred() ? (same ? 1.0 : 0.2) : (same ? 0.6 : 0.5);
        double area = req.area() == null || guide.area() == null ? 0.5
                : req.area().equalsIgnoreCase(guide.area()) ? 1.0 : 0.0;
        double availability;
        if (req.availability() == null || req.availability().isEmpty()) {
            availability = 0.5;
        } else {
            Set<String> overlap = new HashSet<>(req.availability());
            overlap.retainAll(guide.availability() == null ? Set.of() : guide.availability());
            availability = (double) overlap.size() / req.availability().size();
        }
        double load = 1.0 - (double) guide.activeMatches() / guide.capacity();
        double rotation = 1.0 / (1 + guide.totalMatches());
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("taskFit", (int) Math.round(TASK * task));
        parts.put("disabilityExperience", (int) Math.round(DISABILITY * disability));
        parts.put("area", (int) Math.round(AREA * area));
        parts.put("availability", (int) Math.round(AVAILABILITY * availability));
        parts.put("load", (int) Math.round(LOAD * load));
        parts.put("rotation", (int) Math.round(ROTATION * rotation));
        int total = parts.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new Candidate(guide.id(), total, parts));
    }

    /** Best first; ties go to the guide with fewer matches so far, then by id for a stable order. */
    public List<Candidate> rank(GuideRequest req, List<Guide> guides) {
        Map<String, Guide> byId = new LinkedHashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        List<Candidate> out = new ArrayList<>();
        for (Guide g : guides) {
            score(req, g).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(c -> byId.get(c.guideId()).totalMatches())
                .thenComparing(Candidate::guideId));
        return out;
    }
}
