package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's WebClientSettings custom resource: on Create and Update the web client gets its settings; on Delete
 * nothing is undone (the client goes with the stack, or has been replaced by a new one that got its own settings).
 */
@Singleton
public class WebClientSettingsResource {
    private static final Logger LOG = LoggerFactory.getLogger(WebClientSettingsResource.class);

    private final WebClients clients;
    private final CustomResourceResponder responder;

    public WebClientSettingsResource(WebClients clients, CustomResourceResponder responder) {
        this.clients = clients;
        this.responder = responder;
    }

    public void handle(CloudFormationCustomResourceEvent event) {
        String physicalId = event.getPhysicalResourceId() != null ? event.getPhysicalResourceId() : event.getLogicalResourceId();
        try {
            if (!"Delete".equals(event.getRequestType())) {
                WebClientSettings settings = WebClientSettings.from(event.getResourceProperties());
                clients.apply(settings);
                physicalId = settings.physicalId();
            }
            LOG.info("web client settings done request={} resource={}", event.getRequestType(), physicalId);
            responder.respond(event, true, physicalId, null);
        } catch (RuntimeException e) {
            LOG.warn("web client settings failed request={} error={}", event.getRequestType(), e.toString());
            responder.respond(event, false, physicalId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
