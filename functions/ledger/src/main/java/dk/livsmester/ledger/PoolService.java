package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.config.PoolsConfig;
import dk.livsmester.platform.store.PoolRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Opens pools: a new year, another programme. */
@Singleton
public class PoolService {
    static final Pattern ID = Pattern.compile("^[a-z0-9-]{3,40}$");

    /** What finance sends to open a pool; the total defaults to the configured 500,000 DKK. */
    public record PoolForm(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo, Long totalOre) {
    }

    private final PoolRepository pools;
    private final PoolsConfig config;

    public PoolService(PoolRepository pools, PoolsConfig config) {
        this.pools = pools;
        this.config = config;
    }

    public Pool open(Caller caller, PoolForm f) {
        caller.require(Role.FINANCE);
        List<FieldError> errors = new ArrayList<>();
        if (f.id() != null && !ID.matcher(f.id()).matches()) {
            errors.add(new FieldError("id", "Brug 3–40 små bogstaver, tal og bindestreg.", "id: 3–40 lower-case letters, digits and dashes."));
        }
        if (f.name() == null || f.name().isBlank() || f.name().length() > 100) {
            errors.add(new FieldError("name", "Skriv puljens navn (højst 100 tegn).", "name is required (at most 100 characters)."));
        }
        if (f.ownerUnit() == null || f.ownerUnit().isBlank() || f.ownerUnit().length() > 100) {
            errors.add(new FieldError("ownerUnit", "Skriv hvilken enhed der ejer puljen.", "ownerUnit is required (at most 100 characters)."));
        }
        if (f.windowFrom() == null || f.windowTo() == null) {
            errors.add(new FieldError("windowFrom", "Skriv hvornår puljen tager imod ansøgninger.", "windowFrom and windowTo are required."));
        } else if (f.windowTo().isBefore(f.windowFrom())) {
            errors.add(new FieldError("windowTo", "Slutdatoen skal være efter startdatoen.", "windowTo must not be before windowFrom."));
        }
        long total = f.totalOre() == null ? config.getDefaultTotalOre() : f.totalOre();
        if (total <= 0) {
            errors.add(new FieldError("totalOre", "Beløbet skal være over 0 kr.", "totalOre must be a positive number of øre."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Pool pool = Pool.open(f.id() == null ? Ids.newId("pool") : f.id(), f.name().strip(), f.ownerUnit().strip(),
                f.windowFrom(), f.windowTo(), total);
        if (!pools.create(pool)) {
            throw new ConflictException("POOL_EXISTS", Text.of("Der findes allerede en pulje med det id.", "A pool with this id exists."));
        }
        return pool;
    }
}
