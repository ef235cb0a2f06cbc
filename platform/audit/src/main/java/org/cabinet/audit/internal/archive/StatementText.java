package org.cabinet.audit.internal.archive;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text of a signed statement kept outside the database (a checkpoint, an anchor): a comment saying what it
 * is, then {@code name=value} lines, the signature last. What the signature covers is the statement's kind and
 * its values, one a line, so that neither the comment nor the order of the lines matters.
 */
public final class StatementText {

    private StatementText() {
    }

    /** @return the bytes a statement's signature covers */
    public static byte[] signedContent(String kind, Object... values) {
        return Stream.concat(Stream.of(kind), Stream.of(values).map(String::valueOf)).collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return the file's text: the comment, then a line for each name and value given, in their order */
    public static String format(String comment, Object... namesAndValues) {
        StringBuilder text = new StringBuilder(comment);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text.append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]).append('\n');
        }
        return text.toString();
    }

    /**
     * @param names the fields the statement must have, each given to {@code build} by name
     * @return the statement {@code build} makes of its fields
     * @throws UnreadableStatementException naming the file when a field is missing, or is not what {@code build}
     *         expects, or the text is no statement at all
     */
    public static <T> T parse(String what, Path file, String text, List<String> names,
            Function<Map<String, String>, T> build) {
        Properties found = new Properties();
        try {
            found.load(new StringReader(text));
            Map<String, String> fields = new LinkedHashMap<>();
            for (String name : names) {
                String value = found.getProperty(name);
                if (value == null || value.isBlank()) {
                    throw unreadable(what, file, null);
                }
                fields.put(name, value.strip());
            }
            return build.apply(fields);
        } catch (IOException | RuntimeException e) {
            throw e instanceof UnreadableStatementException unreadable ? unreadable : unreadable(what, file, e);
        }
    }

    /**
     * @return the statements of the folder's files whose names match, in the order of their names (none when the
     *         folder does not exist)
     * @throws UnreadableStatementException from the parser, naming a file that is not a statement
     */
    public static <T> List<T> readAll(Path folder, String namePattern, BiFunction<Path, String, T> parser)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<T> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches(namePattern)).sorted()
                    .toList()) {
                statements.add(parser.apply(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return statements;
    }

    /** @return the error saying that the file is not a readable statement */
    private static UnreadableStatementException unreadable(String what, Path file, Exception cause) {
        return new UnreadableStatementException(what, file.getFileName().toString(), cause);
    }
}
