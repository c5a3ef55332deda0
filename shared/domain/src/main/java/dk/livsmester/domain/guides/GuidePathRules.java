package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dk.livsmester.domain.guides.GuideStatus.ACTIVE;
import static dk.livsmester.domain.guides.GuideStatus.ADMITTED;
import static dk.livsmester.domain.guides.GuideStatus.CERTIFIED;
import static dk.livsmester.domain.guides.GuideStatus.INTERESTED;
import static dk.livsmester.domain.guides.GuideStatus.IN_TRAINING;
import static dk.livsmester.domain.guides.GuideStatus.PAUSED;
import static dk.livsmester.domain.guides.GuideStatus.STOPPED;

/**
 * The guide's path (docs/domain.md section 3.2): interested → admitted (criminal-record certificate seen) → in training (a
 * cohort) → certified (OCN) → active, which can pause ("pause me") and resume; anyone can stop at any point, and a
 * stopped guide stays stopped. A guide may pause and resume themselves; every other move is the coordinator's.
 */
public final class GuidePathRules {
    private static final Map<GuideStatus, Set<GuideStatus>> NEXT = new EnumMap<>(GuideStatus.class);

    static {
        NEXT.put(INTERESTED, EnumSet.of(ADMITTED, STOPPED));
        NEXT.put(ADMITTED, EnumSet.of(IN_TRAINING, STOPPED));
        NEXT.put(IN_TRAINING, EnumSet.of(CERTIFIED, STOPPED));
        NEXT.put(CERTIFIED, EnumSet.of(ACTIVE, STOPPED));
        NEXT.put(ACTIVE, EnumSet.of(PAUSED, STOPPED));
        NEXT.put(PAUSED, EnumSet.of(ACTIVE, STOPPED));
        NEXT.put(STOPPED, EnumSet.noneOf(GuideStatus.class));
    }

    private GuidePathRules() {
    }

    /**
     * Where a newly registered guide may start (F2): INTERESTED, or further along the path only with what every step
     * up to there requires: the criminal-record certificate seen (admitted), a cohort (in training), the OCN
     * certificate's date (certified, active or paused). Never stopped. The path's dates are not in the future.
     */
    public static void checkStart(GuideForm f, LocalDate today) {
        GuideStatus s = f.status();
        if (s == null || s == INTERESTED) {
            return;
        }
        FieldErrors errors = new FieldErrors();
        if (s == STOPPED) {
            errors.add("status", "En ny guide kan ikke starte som stoppet.", "A new guide cannot start as STOPPED.");
            errors.throwIfAny();
        }
        if (f.criminalRecordSeenOn() == null) {
            errors.add("criminalRecordSeenOn", "Skriv datoen, hvor straffeattesten blev set.",
                    "criminalRecordSeenOn is required for a guide who starts as " + s + ".");
        } else if (f.criminalRecordSeenOn().isAfter(today)) {
            errors.add("criminalRecordSeenOn", "Datoen kan ikke ligge i fremtiden.", "criminalRecordSeenOn cannot be in the future.");
        }
        if (s != ADMITTED && (f.cohort() == null || f.cohort().isBlank())) {
            errors.add("cohort", "Skriv hvilket hold guiden gik på.", "cohort is required for a guide who starts as " + s + ".");
        }
        if (s != ADMITTED && s != IN_TRAINING) {
            if (f.ocnCertifiedOn() == null) {
                errors.add("ocnCertifiedOn", "Skriv datoen på OCN-beviset.",
                        "ocnCertifiedOn is required for a guide who starts as " + s + ".");
            } else if (f.ocnCertifiedOn().isAfter(today)) {
                errors.add("ocnCertifiedOn", "Datoen kan ikke ligge i fremtiden.", "ocnCertifiedOn cannot be in the future.");
            }
        }
        errors.throwIfAny();
    }

    public static boolean allowed(GuideStatus from, GuideStatus to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * The guide after the change. The same status again returns the guide unchanged (a retried request is harmless).
     *
     * @param byTheGuide the caller is the guide themself (not the coordinator)
     * @throws ValidationException 400 when the change lacks what the step needs
     * @throws ConflictException   409 {@code ILLEGAL_TRANSITION} or {@code GUIDE_HAS_ACTIVE_MATCHES}
     * @throws ForbiddenException  403 when a guide tries anything but pausing or resuming
     */
    public static Guide change(Guide g, GuideStatusChange c, boolean byTheGuide, String actor, LocalDate today, Instant now) {
        if (c == null || c.status() == null) {
            throw ValidationException.single("status", "Vælg den nye status.", "status is required.");
        }
        GuideStatus to = c.status();
        if (to == g.status()) {
            return g;
        }
        if (byTheGuide && !(g.status() == ACTIVE && to == PAUSED || g.status() == PAUSED && to == ACTIVE)) {
            throw new ForbiddenException(Text.of("Du kan selv holde pause og starte igen. Resten klarer koordinatoren.",
                    "A guide can pause and resume themselves; other changes are the coordinator's."));
        }
        if (!allowed(g.status(), to)) {
            throw new ConflictException("ILLEGAL_TRANSITION", Text.of(
                    "En guide kan ikke gå fra " + g.status() + " til " + to + ".",
                    "A guide cannot go from " + g.status() + " to " + to + "; allowed next: " + NEXT.get(g.status()) + "."));
        }
        GuidePath p = g.path();
        LocalDate seenOn = p.criminalRecordSeenOn();
        String seenBy = p.criminalRecordSeenBy();
        String cohort = p.cohort();
        LocalDate ocn = p.ocnCertifiedOn();
        FieldErrors errors = new FieldErrors();
        switch (to) {
            case ADMITTED -> {
                if (!Boolean.TRUE.equals(c.criminalRecordSeen())) {
                    errors.add("criminalRecordSeen", "Straffeattesten skal være set, før guiden optages.",
                            "The criminal-record certificate must have been seen before admission (criminalRecordSeen: true).");
                }
                seenOn = c.criminalRecordSeenOn() == null ? today : c.criminalRecordSeenOn();
                if (seenOn.isAfter(today)) {
                    errors.add("criminalRecordSeenOn", "Datoen kan ikke ligge i fremtiden.",
                            "criminalRecordSeenOn cannot be in the future.");
                }
                seenBy = actor;
            }
            case IN_TRAINING -> {
                if (c.cohort() == null || c.cohort().isBlank()) {
                    errors.add("cohort", "Skriv hvilket hold guiden går på.", "cohort is required for training.");
                } else if (c.cohort().length() > 50) {
                    errors.add("cohort", "Holdets navn er for langt (højst 50 tegn).",
                            "cohort is too long (at most 50 characters).");
                } else {
                    cohort = c.cohort().strip();
                }
            }
            case CERTIFIED -> {
                if (c.ocnCertifiedOn() == null) {
                    errors.add("ocnCertifiedOn", "Skriv datoen på OCN-beviset.",
                            "ocnCertifiedOn (the date of the OCN certificate) is required.");
                } else if (c.ocnCertifiedOn().isAfter(today)) {
                    errors.add("ocnCertifiedOn", "Datoen kan ikke ligge i fremtiden.",
                            "ocnCertifiedOn cannot be in the future.");
                } else {
                    ocn = c.ocnCertifiedOn();
                }
            }
            case STOPPED -> {
                if (g.activeMatches() > 0) {
                    throw new ConflictException("GUIDE_HAS_ACTIVE_MATCHES", Text.of(
                            "Guiden har stadig aktive match. Afslut dem først.",
                            "The guide still has " + g.activeMatches() + " active match(es); close them first."));
                }
            }
            default -> {
            }
        }
        errors.throwIfAny();
        return g.withPath(to, p.with(seenOn, seenBy, cohort, ocn, new GuidePath.StatusChange(g.status(), to, actor, now)));
    }
}
