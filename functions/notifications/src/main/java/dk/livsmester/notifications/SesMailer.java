package dk.livsmester.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.platform.config.AwsConfig;
import dk.livsmester.platform.config.MailConfig;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Sends one plain-text e-mail through the SES v2 API (SendEmail), signed with SigV4 by the SDK's own signer. The SES
 * client artifact is not available on the project's build machines, so the call is made with the SDK's HTTP client.
 */
@Singleton
public class SesMailer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailConfig mail;
    private final String region;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();

    public SesMailer(MailConfig mail, AwsConfig aws) {
        this.mail = mail;
        this.region = aws.getRegion();
    }

    public boolean enabled() {
        return mail.isEnabled() && mail.getFrom() != null && !mail.getFrom().isBlank();
    }

    public void send(List<String> to, String subject, String text) {
        URI endpoint = URI.create(mail.getEndpoint() != null && !mail.getEndpoint().isBlank() ? mail.getEndpoint()
                : "https://email." + region + ".amazonaws.com");
        Map<String, Object> body = Map.of(
                "FromEmailAddress", mail.getFrom(),
                "Destination", Map.of("ToAddresses", to),
                "Content", Map.of("Simple", Map.of(
                        "Subject", Map.of("Data", subject, "Charset", "UTF-8"),
                        "Body", Map.of("Text", Map.of("Data", text, "Charset", "UTF-8")))));
        try {
            byte[] payload = JSON.writeValueAsBytes(body);
            SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                    .method(SdkHttpMethod.POST)
                    .uri(endpoint.resolve("/v2/email/outbound-emails"))
                    .putHeader("Content-Type", "application/json")
                    .build();
            SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                    .identity(DefaultCredentialsProvider.builder().build().resolveCredentials())
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(payload))
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "ses")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region));
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            int status = response.httpResponse().statusCode();
            response.responseBody().ifPresent(b -> {
                try {
                    b.close();
                } catch (IOException ignored) {
                    // the body is not needed
                }
            });
            if (status / 100 != 2) {
                // The status only: the message can quote addresses.
                throw new IllegalStateException("SES SendEmail answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("SES SendEmail failed", e);
        }
    }
}
