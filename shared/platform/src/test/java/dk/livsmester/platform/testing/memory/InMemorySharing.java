package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.platform.store.SharingConsentStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sharing choices in memory, with the store's condition: each number of a request's choices is taken once. */
public class InMemorySharing implements SharingConsentStore {
    private final Map<String, List<SharingConsent>> byRequest = new HashMap<>();

    @Override
    public synchronized void record(SharingConsent consent) {
        List<SharingConsent> all = byRequest.computeIfAbsent(consent.requestId(), k -> new ArrayList<>());
        if (all.stream().anyMatch(c -> c.seq() == consent.seq())) {
            throw new StaleStateException("sharing consent");
        }
        all.add(consent);
        all.sort(java.util.Comparator.comparingInt(SharingConsent::seq));
    }

    @Override
    public synchronized Optional<SharingConsent> current(String requestId) {
        List<SharingConsent> all = history(requestId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public synchronized List<SharingConsent> history(String requestId) {
        return List.copyOf(byRequest.getOrDefault(requestId, List.of()));
    }
}
