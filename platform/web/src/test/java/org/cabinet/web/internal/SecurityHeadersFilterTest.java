package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static Map<String, String> headersOfAnAnswer(boolean secure) throws Exception {
        Map<String, String> headers = new HashMap<>();
        ServletRequest request = (ServletRequest) Proxy.newProxyInstance(getLoader(), new Class<?>[] { ServletRequest.class },
                (proxy, method, arguments) -> method.getName().equals("isSecure") ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, method, arguments) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) arguments[0], (String) arguments[1]);
                    }
                    return null;
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> { });
        return headers;
    }

    private static ClassLoader getLoader() {
        return SecurityHeadersFilterTest.class.getClassLoader();
    }

    @Test
    void overHttpsBrowsersAreToldToStayThere() throws Exception {
        assertThat(headersOfAnAnswer(true)).containsAllEntriesOf(SecurityHeadersFilter.HEADERS)
                .containsEntry("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void overPlainHttpOnLoopbackNoTransportSecurityIsClaimed() throws Exception {
        assertThat(headersOfAnAnswer(false)).containsAllEntriesOf(SecurityHeadersFilter.HEADERS)
                .doesNotContainKey("Strict-Transport-Security");
    }
}
