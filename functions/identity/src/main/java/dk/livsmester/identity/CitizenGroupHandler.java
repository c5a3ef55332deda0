package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** The user pool's post confirmation trigger. Cognito expects the event back unchanged. */
public class CitizenGroupHandler extends MicronautRequestHandler<CognitoUserPoolPostConfirmationEvent, CognitoUserPoolPostConfirmationEvent> {
    @Inject
    CitizenGroups groups;

    @Override
    public CognitoUserPoolPostConfirmationEvent execute(CognitoUserPoolPostConfirmationEvent event) {
        groups.confirmed(event.getUserPoolId(), event.getUserName(), event.getTriggerSource(),
                event.getRequest() == null ? null : event.getRequest().getUserAttributes());
        return event;
    }
}
