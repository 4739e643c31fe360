package dev.tint.shell;

import java.util.ArrayList;
import java.util.List;

/** The machine-readable reports of {@code repl test}: JUnit XML and GitHub annotations. */
public final class DoctestReport {
    private DoctestReport() {}

    /** One file's examples. */
    public static final class Suite {
        final String name;
        final List<Case> cases = new ArrayList<>();

        Suite(String name) {
            this.name = name;
        }

        void add(Case c) {
            cases.add(c);
        }
    }

    /**
     * One example's outcome.
     *
     * @param outcome null (passed), "failure", "error" or "skipped"
     */
    public record Case(String group, int line, String source, String want, String got, String outcome) {}

    /** JUnit XML: one testsuite per file, one testcase per example. */
    public static String junit(List<Suite> suites) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (Suite s : suites) {
            for (Case c : s.cases) {
                tests++;
                failures += "failure".equals(c.outcome()) ? 1 : 0;
                errors += "error".equals(c.outcome()) ? 1 : 0;
                skipped += "skipped".equals(c.outcome()) ? 1 : 0;
            }
        }
        x.append("<testsuites name=\"repl test\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skipped).append("\">\n");
        for (Suite s : suites) {
            int f = 0;
            int e = 0;
            int k = 0;
            for (Case c : s.cases) {
                f += "failure".equals(c.outcome()) ? 1 : 0;
                e += "error".equals(c.outcome()) ? 1 : 0;
                k += "skipped".equals(c.outcome()) ? 1 : 0;
            }
            x.append("  <testsuite name=\"").append(attr(s.name)).append("\" tests=\"").append(s.cases.size())
                    .append("\" failures=\"").append(f).append("\" errors=\"").append(e)
                    .append("\" skipped=\"").append(k).append("\">\n");
            for (Case c : s.cases) {
                String first = c.source().isEmpty() ? "" : c.source().split("\n", -1)[0];
                x.append("    <testcase classname=\"").append(attr(c.group())).append("\" name=\"")
                        .append(attr("line " + c.line() + (first.isEmpty() ? "" : ": " + first)))
                        .append("\" file=\"").append(attr(s.name)).append("\" line=\"").append(c.line()).append('"');
                if (c.outcome() == null) {
                    x.append("/>\n");
                    continue;
                }
                x.append(">\n");
                if (c.outcome().equals("skipped")) {
                    x.append("      <skipped/>\n");
                } else {
                    String tag = c.outcome();
                    String text = "Failed example:\n" + c.source() + "Expected:\n" + c.want() + "Got:\n" + c.got();
                    x.append("      <").append(tag).append(" message=\"")
                            .append(attr(tag.equals("error") ? "could not run" : "expected output differs"))
                            .append("\">").append(text(text)).append("</").append(tag).append(">\n");
                }
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static String text(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                default:
                    boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (ok) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append("\\u").append(String.format("%04x", cp));
                    }
            }
        });
        return sb.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** The message of a {@code ::error} workflow command, escaped as GitHub requires. */
    static String githubData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value ({@code file=}) of a workflow command. */
    static String githubProperty(String s) {
        return githubData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
