package dk.livsmester.domain.application;

/** One line of "what does it cost": item, amount in øre, optional supplier or quote. */
public record CostLine(String item, Long amountOre, String supplier) {
}
