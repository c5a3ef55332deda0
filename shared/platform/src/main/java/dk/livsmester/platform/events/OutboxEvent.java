package dk.livsmester.platform.events;

/** An event written in the same transaction as the change it reports, then published to its queue. */
public record OutboxEvent(String id, Target target, EventMessage message) {
    /** Deterministic id: the same change can only ever produce the same event once. */
    public static OutboxEvent of(Target target, EventMessage message) {
        return new OutboxEvent(message.subjectId() + "#v" + message.version() + "#" + target.name(), target, message);
    }
}
