package org.cabinet.web.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The localized titles and details of the problems Cabinet answers with. */
final class ProblemCatalog {

    private static final String BUNDLE = "org.cabinet.web.internal.problems";

    private ProblemCatalog() {
    }

    /**
     * @param status   the HTTP status of the answer
     * @param locale   the language of the answer
     * @param path     the request path, for {@code instance}
     * @param argument filled into the detail's {@code {0}}, such as an error reference
     */
    static Problem problem(int status, Locale locale, String path, Object argument) {
        ResourceBundle texts = texts(locale);
        String kind = texts.containsKey("title." + status) ? String.valueOf(status) : status < 500 ? "4xx" : "5xx";
        String detail = MessageFormat.format(text(texts, "detail." + kind), argument);
        return new Problem("about:blank", text(texts, "title." + kind), status, detail, path, null, null);
    }

    /**
     * @param key      the key of a detail, such as {@code detail.field.invalid}
     * @param locale   the language of the detail
     * @param argument filled into the detail's {@code {0}}
     * @return the detail in that language (the key itself when the catalog lacks it)
     */
    static String detail(String key, Locale locale, Object argument) {
        return MessageFormat.format(text(texts(locale), key), argument);
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemCatalog.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
