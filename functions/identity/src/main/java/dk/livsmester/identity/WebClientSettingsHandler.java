package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** The custom resource that gives the web app client its settings (see {@link WebClientSettings} for why). */
public class WebClientSettingsHandler extends MicronautRequestHandler<CloudFormationCustomResourceEvent, Void> {
    @Inject
    WebClientSettingsResource resource;

    @Override
    public Void execute(CloudFormationCustomResourceEvent event) {
        resource.handle(event);
        return null;
    }
}
