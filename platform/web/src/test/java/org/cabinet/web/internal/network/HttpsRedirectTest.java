package org.cabinet.web.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

class HttpsRedirectTest {

    @Test
    void samePathAndQueryOnTheHttpsPort() {
        assertThat(HttpsRedirect.location("cabinet.example", 8443, "/api/health", "a=b%20c"))
                .isEqualTo("https://cabinet.example:8443/api/health?a=b%20c");
        assertThat(HttpsRedirect.location("192.168.1.10", 443, "/", null)).isEqualTo("https://192.168.1.10/");
        assertThat(HttpsRedirect.location("[fe80::1]", 8443, "", null)).isEqualTo("https://[fe80::1]:8443/");
        assertThat(HttpsRedirect.location("::1", 8443, "/x", null)).isEqualTo("https://[::1]:8443/x");
    }

    @Test
    void everyRequestIsRedirectedAndNothingElseAnswered() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (HttpsRedirect redirect = HttpsRedirect.start(List.of(InetAddress.getLoopbackAddress()), port, 9443)) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/patients/12?full=true"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(308);
            assertThat(answer.headers().firstValue("Location")).contains("https://127.0.0.1:9443/api/patients/12?full=true");
            assertThat(answer.headers().firstValue("Server")).isEmpty();
            assertThat(answer.body()).isEmpty();
        }
    }
}
