package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class ServerProbeTest {

    private static final Optional<SSLSocketFactory> NO_TLS = Optional.empty();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("OPTIONS") ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void answerWithItsStatusAndContentType() {
        ServerProbe.Answer answer = ServerProbe.ask("OPTIONS", base() + "api/health", NO_TLS, TIMEOUT);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(ServerProbe.ask("GET", base() + "api/health", NO_TLS, TIMEOUT).status()).isEqualTo(200);
    }

    @Test
    void noAnswerWhereNothingListens() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThat(ServerProbe.ask("GET", "http://127.0.0.1:" + port + "/api/health", NO_TLS, TIMEOUT))
                .isEqualTo(ServerProbe.Answer.NONE);
        assertThat(ServerProbe.ask("GET", "/api/health", NO_TLS, TIMEOUT)).as("not an absolute URL")
                .isEqualTo(ServerProbe.Answer.NONE);
    }

    @Test
    void anAnswerIsAProblemOnlyInProblemJson() {
        assertThat(new ServerProbe.Answer(404, "text/html;charset=iso-8859-1").isProblem()).isFalse();
        assertThat(new ServerProbe.Answer(404, null).isProblem()).isFalse();
        assertThat(new ServerProbe.Answer(404, "application/problem+json;charset=UTF-8").isProblem()).isTrue();
    }

    @Test
    void firstEndpointOfTheHttpRuntime() {
        assertThat(ServerProbe.endpoint(new String[] { "http://127.0.0.1:8181" })).isEqualTo("http://127.0.0.1:8181/");
        assertThat(ServerProbe.endpoint(List.of("http://10.0.0.2:8181/", "https://10.0.0.2:8443/"))).isEqualTo("http://10.0.0.2:8181/");
        assertThat(ServerProbe.endpoint("http://127.0.0.1:8181/")).isEqualTo("http://127.0.0.1:8181/");
    }

    @Test
    void noEndpointMeansNothingToAsk() {
        assertThat(ServerProbe.endpoint(null)).isNull();
        assertThat(ServerProbe.endpoint(new String[0])).isNull();
        assertThat(ServerProbe.endpoint(" ")).isNull();
    }
}
