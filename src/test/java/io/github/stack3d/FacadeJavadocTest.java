package io.github.stack3d;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTreeScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import org.junit.jupiter.api.Test;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The facade's javadoc is the manual (STYLE.md §6): JShell shows it after {@code inRange(} and Tab. This test reads
 * the sources with the JDK's own compiler ({@code javax.tools} and the {@code com.sun.source} tree API of the
 * {@code jdk.compiler} module, no dependency), attributed against the test class path so that every reference
 * resolves, and fails listing each gap:
 * <ul>
 *   <li>{@code Stack3D}: every public method has a summary sentence, a non-empty {@code @param} per parameter
 *       (and none for a parameter that does not exist), {@code @return} unless void, {@code @throws} per declared
 *       checked exception, and a {@code @throws IllegalArgumentException} that says null when it takes an object
 *       (a null is one, per the class javadoc); doclint {@code all} reports nothing; the class example compiles
 *       as typed into JShell.</li>
 *   <li>The public model types: every public or protected member that does not inherit its comment has one
 *       with a summary sentence; doclint's groups but {@code missing} (accessibility, html, reference, syntax)
 *       report nothing. Missing {@code @param}/{@code @return} tags are allowed there: one-line comments such as
 *       "Number of slices (z)." are the style for the model (STYLE.md §6 asks for tags on the facade).</li>
 * </ul>
 * {@link #theChecksFindEachKindOfGap} runs the same checks over a class with one gap per method, so that none of
 * them can pass by finding nothing.
 */
class FacadeJavadocTest {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."))
            .resolve("src/main/java/io/github/stack3d");

    private static final List<String> MODEL_TYPES = List.of("Volume", "Mask", "Labels", "Grid", "SliceSource",
            "SampleType", "PointCloud", "Mesh", "Parallel", "Bits", "ValueRange", "Border", "Checks", "Memory");

    @Test
    void everyPublicFacadeMethodIsDocumentedAndDoclintIsClean() throws IOException {
        String source = Files.readString(SOURCES.resolve("Stack3D.java"));
        String example = classExample(source);
        Analysis a = Analysis.of(List.of(sourceFile("Stack3D.java", source), exampleFile(example)), "all/protected");

        List<String> problems = new ArrayList<>(a.diagnostics("Stack3D.java"));
        problems.addAll(a.diagnostics("FacadeExample.java").stream()
                .map(d -> "class javadoc example does not compile: " + d).toList());
        Tree stack3d = a.type("Stack3D");
        if (a.trees.getDocCommentTree(a.path(stack3d)) == null) {
            problems.add("Stack3D has no class javadoc");
        }
        int methods = facadeProblems(a, stack3d, problems);

        assertTrue(methods >= 40, "found only " + methods + " public methods in Stack3D; is the parse broken?");
        assertTrue(example.contains("inRange(stack, 0, 100)") && example.contains("marchingCubesBelow(stack, 100.5)"),
                "the class example must pair inRange(stack, 0, 100) with marchingCubesBelow(stack, 100.5):\n"
                        + example);
        assertNoProblems("Stack3D javadoc", problems);
    }

    @Test
    void everyPublicModelMemberIsDocumentedAndDoclintFindsNoError() throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        for (String type : MODEL_TYPES) {
            files.add(sourceFile(type + ".java", Files.readString(SOURCES.resolve(type + ".java"))));
        }
        Analysis a = Analysis.of(files, "all/protected,-missing");

        List<String> problems = new ArrayList<>();
        for (String type : MODEL_TYPES) {
            problems.addAll(a.diagnostics(type + ".java"));
            undocumentedMembers(a, a.type(type), problems);
        }
        assertNoProblems("model javadoc", problems);
    }

    @Test
    void theChecksFindEachKindOfGap() {
        Analysis a = Analysis.of(List.of(sourceFile("Gaps.java", GAPS)), "all/protected");
        List<String> problems = new ArrayList<>();
        assertEquals(12, facadeProblems(a, a.type("Gaps"), problems));
        List<String> expected = List.of("noComment(int)", "noSummary(int)", "missingParam(int, int)",
                "emptyParam(int)", "unknownParam(int)", "missingReturn(int)", "undeclaredChecked(Path)",
                "noIllegalArgument(String)", "emptyThrows(String)", "nullUnsaid(String)");
        for (String signature : expected) {
            assertTrue(problems.removeIf(p -> p.contains(" " + signature + ":")),
                    "no problem reported for " + signature + "; left: " + problems);
        }
        assertEquals(List.of(), problems, "problems reported for correct methods");
        List<String> doclint = a.diagnostics("Gaps.java");
        assertTrue(doclint.contains("Gaps.java:8: warning: no comment"), "doclint warnings missing: " + doclint);
        assertTrue(doclint.contains("Gaps.java:29: error: @param name not found"),
                "doclint errors missing: " + doclint);

        List<String> members = new ArrayList<>();
        undocumentedMembers(a, a.type("Gaps"), members);
        assertEquals(2, members.size(), "undocumented members: " + members);
        assertTrue(members.get(0).contains(" noComment(int): no javadoc"), members.get(0));
        assertTrue(members.get(1).contains(" noSummary(int): javadoc has no summary sentence"), members.get(1));
    }

    /** A facade with one gap per method but the last two; checked by {@link #theChecksFindEachKindOfGap}. */
    private static final String GAPS = """
            package fixture;
            import java.io.IOException;
            import java.nio.file.Path;
            /** Gaps. */
            public final class Gaps {
                private Gaps() {
                }
                public static int noComment(int a) { return a; }
                /**
                 * @param a a number
                 * @return a
                 */
                public static int noSummary(int a) { return a; }
                /**
                 * Sum.
                 * @param a first
                 * @return a + b
                 */
                public static int missingParam(int a, int b) { return a + b; }
                /**
                 * Same.
                 * @param a
                 * @return a
                 */
                public static int emptyParam(int a) { return a; }
                /**
                 * Same.
                 * @param a a number
                 * @param b no such parameter
                 * @return a
                 */
                public static int unknownParam(int a) { return a; }
                /**
                 * Same.
                 * @param a a number
                 */
                public static int missingReturn(int a) { return a; }
                /**
                 * Reads.
                 * @param p a file
                 * @return 1
                 * @throws IllegalArgumentException when p is null
                 */
                public static int undeclaredChecked(Path p) throws IOException { return 1; }
                /**
                 * Same.
                 * @param s a text, not null
                 * @return s
                 * @throws RuntimeException always
                 */
                public static String noIllegalArgument(String s) { return s; }
                /**
                 * Same.
                 * @param s a text
                 * @return s
                 * @throws IllegalArgumentException
                 */
                public static String emptyThrows(String s) { return s; }
                /**
                 * Same.
                 * @param s a text
                 * @return s
                 * @throws IllegalArgumentException when s is empty
                 */
                public static String nullUnsaid(String s) { return s; }
                /**
                 * Same.
                 * @param s a text
                 * @return s
                 * @throws IllegalArgumentException when s is null
                 */
                public static String good(String s) { return s; }
                /**
                 * {@return a}
                 * @param a a number
                 */
                public static int goodInlineReturn(int a) { return a; }
            }
            """;

    // ---- the checks ------------------------------------------------------------------------------------------

    /** Adds a problem per gap of each public method of {@code type}; returns the number of public methods. */
    private static int facadeProblems(Analysis a, Tree type, List<String> problems) {
        int methods = 0;
        for (Tree member : ((ClassTree) type).getMembers()) {
            if (!(member instanceof MethodTree m) || !m.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                continue;
            }
            methods++;
            ExecutableElement method = (ExecutableElement) a.trees.getElement(a.path(m));
            String where = a.line(m) + " " + signature(m) + ": ";
            DocCommentTree doc = a.trees.getDocCommentTree(a.path(m));
            if (doc == null || doc.getFirstSentence().isEmpty() || text(doc.getFirstSentence()).isBlank()) {
                problems.add(where + (doc == null ? "no javadoc" : "javadoc has no summary sentence"));
                if (doc == null) {
                    continue;
                }
            }
            List<String> params = new ArrayList<>();
            method.getParameters().forEach(p -> params.add(p.getSimpleName().toString()));
            method.getTypeParameters().forEach(p -> params.add("<" + p.getSimpleName() + ">"));
            Set<String> documented = new HashSet<>();
            List<ThrowsTree> throwsTags = new ArrayList<>();
            for (DocTree tag : doc.getBlockTags()) {
                if (tag instanceof ParamTree p) {
                    String name = p.isTypeParameter() ? "<" + p.getName() + ">" : p.getName().toString();
                    if (!params.contains(name)) {
                        problems.add(where + "@param " + name + " names no parameter");
                    } else if (!documented.add(name)) {
                        problems.add(where + "@param " + name + " appears twice");
                    } else if (text(p.getDescription()).isBlank()) {
                        problems.add(where + "@param " + name + " says nothing");
                    }
                } else if (tag instanceof ThrowsTree t) {
                    throwsTags.add(t);
                    if (text(t.getDescription()).isBlank()) {
                        problems.add(where + "@throws " + t.getExceptionName() + " says nothing");
                    }
                }
            }
            params.stream().filter(p -> !documented.contains(p))
                    .forEach(p -> problems.add(where + "no @param for " + p));
            if (method.getReturnType().getKind() != TypeKind.VOID && !returnDocumented(doc)) {
                problems.add(where + "no @return (or it says nothing)");
            }
            for (TypeMirror thrown : method.getThrownTypes()) {
                if (a.isChecked(thrown) && !mentions(throwsTags, a.types.asElement(thrown))) {
                    problems.add(where + "declares " + thrown + " but has no @throws for it");
                }
            }
            boolean takesObject = method.getParameters().stream().anyMatch(p -> !p.asType().getKind().isPrimitive());
            List<ThrowsTree> illegal = throwsTags.stream().filter(t -> mentions(List.of(t),
                    a.elements.getTypeElement("java.lang.IllegalArgumentException"))).toList();
            if (takesObject && illegal.isEmpty()) {
                problems.add(where + "takes an object but has no @throws IllegalArgumentException (a null is one)");
            } else if (takesObject && illegal.stream().noneMatch(t -> text(t.getDescription()).contains("null"))) {
                problems.add(where + "takes an object but its @throws IllegalArgumentException does not say null");
            }
        }
        return methods;
    }

    /** Adds a problem per public or protected member of {@code type} (and its nested types) without a comment. */
    private static void undocumentedMembers(Analysis a, Tree type, List<String> problems) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void v) {
                Element e = a.trees.getElement(getCurrentPath());
                if (e.getSimpleName().isEmpty() || !a.exported(e)) {
                    return null;       // anonymous (enum constant bodies) or not visible: not API
                }
                check(tree, tree.getSimpleName().toString());
                return super.visitClass(tree, v);
            }

            @Override
            public Void visitMethod(MethodTree tree, Void v) {
                ExecutableElement e = (ExecutableElement) a.trees.getElement(getCurrentPath());
                if (a.exported(e) && a.elements.getOrigin(e) == Elements.Origin.EXPLICIT && !a.overrides(e)) {
                    check(tree, e.getKind() == ElementKind.CONSTRUCTOR
                            ? e.getEnclosingElement().getSimpleName() + signature(tree).substring(6) : signature(tree));
                }
                return null;           // not into bodies: local and anonymous classes are not API
            }

            @Override
            public Void visitVariable(VariableTree tree, Void v) {
                Element e = a.trees.getElement(getCurrentPath());
                if ((e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.ENUM_CONSTANT) && a.exported(e)) {
                    check(tree, tree.getName().toString());
                }
                return null;
            }

            private void check(Tree tree, String name) {
                DocCommentTree doc = a.trees.getDocCommentTree(getCurrentPath());
                if (doc == null || text(doc.getFirstSentence()).isBlank()) {
                    problems.add(a.line(tree) + " " + name + ": " + (doc == null ? "no javadoc"
                            : "javadoc has no summary sentence"));
                }
            }
        }.scan(a.path(type), null);
    }

    private static boolean returnDocumented(DocCommentTree doc) {
        boolean[] found = {false};
        new DocTreeScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void v) {     // @return, or {@return ...} (Java 16+)
                found[0] |= !text(node.getDescription()).isBlank();
                return null;
            }
        }.scan(doc, null);
        return found[0];
    }

    /** True when one of {@code tags} names {@code exception}, simply or fully qualified. */
    private static boolean mentions(List<ThrowsTree> tags, Element exception) {
        String simple = exception.getSimpleName().toString();
        String qualified = ((TypeElement) exception).getQualifiedName().toString();
        return tags.stream().map(t -> t.getExceptionName().getSignature())
                .anyMatch(s -> s.equals(simple) || s.equals(qualified));
    }

    private static String signature(MethodTree m) {
        return m.getName() + m.getParameters().stream().map(p -> p.getType().toString())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String text(List<? extends DocTree> trees) {
        return trees.stream().map(DocTree::toString).collect(Collectors.joining());
    }

    private static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " gaps in " + what + ":\n  " + String.join("\n  ", problems));
        }
    }

    // ---- the class example -----------------------------------------------------------------------------------

    /** The first {@code <pre>{@code ...}</pre>} block of the class javadoc, without the leading stars. */
    private static String classExample(String source) {
        String classDoc = source.substring(0, source.indexOf("public final class Stack3D"));
        Matcher m = Pattern.compile("<pre>\\{@code\\R(.*?)}</pre>", Pattern.DOTALL).matcher(classDoc);
        assertTrue(m.find(), "the class javadoc of Stack3D has no <pre>{@code ...}</pre> example");
        return m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", "")).collect(Collectors.joining("\n"));
    }

    /**
     * The example as a compilation unit: imports first, the other lines as a constructor body (whose body
     * {@link Analysis} keeps). A JShell input may be an expression without {@code ;} (JShell echoes its value), so
     * such a line gets one before its comment.
     */
    private static JavaFileObject exampleFile(String example) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : example.lines().toList()) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
                continue;
            }
            int comment = commentStart(line);
            String code = line.substring(0, comment).stripTrailing();
            boolean needsSemicolon = !code.isBlank() && !code.endsWith(";") && !code.endsWith("{")
                    && !code.endsWith("}");
            body.append("        ").append(code).append(needsSemicolon ? ";" : "").append(line.substring(comment))
                    .append('\n');
        }
        return sourceFile("FacadeExample.java", imports + "class FacadeExample {\n"
                + "    FacadeExample() throws Exception {\n" + body + "    }\n}\n");
    }

    /** Index of a {@code //} comment outside string literals, or the line's length. */
    private static int commentStart(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && line.startsWith("//", i)) {
                return i;
            }
        }
        return line.length();
    }

    // ---- the compiler ----------------------------------------------------------------------------------------

    private static JavaFileObject sourceFile(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /**
     * The given sources, their method bodies left out, parsed and attributed (no class files written) against the
     * test class path, with {@code -Xdoclint:doclint} (for example {@code all/protected}: every group, public and
     * protected members). Surefire may put only a manifest jar on {@code java.class.path};
     * {@code surefire.test.class.path} is the real one. No {@code -Xlint:none}: it silences doclint's warnings.
     */
    private record Analysis(DocTrees trees, Elements elements, Types types, List<CompilationUnitTree> units,
                            List<Diagnostic<? extends JavaFileObject>> found) {

        static Analysis of(List<JavaFileObject> files, String doclint) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
            List<String> options = List.of("-proc:none", "-implicit:none", "-Xmaxwarns", "10000", "-Xmaxerrs",
                    "10000", "-Xdoclint:" + doclint, "-classpath", classPath,
                    "-sourcepath", new File("no-sources").getAbsolutePath());
            try {
                JavacTask task = (JavacTask) javac.getTask(null, fm, diagnostics, options, null,
                        withoutMethodBodies(javac, fm, files));
                List<CompilationUnitTree> units = new ArrayList<>();
                task.parse().forEach(units::add);
                task.analyze();
                return new Analysis(DocTrees.instance(task), task.getElements(), task.getTypes(), units,
                        diagnostics.getDiagnostics());
            } catch (IOException e) {
                throw new AssertionError("javac could not read the sources", e);
            }
        }

        /**
         * Each file with every method body replaced by {@code { throw null; }} and as many line breaks: doclint
         * reads declarations only, and attributing the bodies would take most of the time. Constructors keep
         * theirs (a {@code this(...)} or {@code super(...)} call may be needed).
         */
        private static List<JavaFileObject> withoutMethodBodies(JavaCompiler javac, StandardJavaFileManager fm,
                                                                List<JavaFileObject> files) throws IOException {
            JavacTask parser = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null, files);
            var positions = DocTrees.instance(parser).getSourcePositions();
            List<JavaFileObject> out = new ArrayList<>();
            for (CompilationUnitTree unit : parser.parse()) {
                String text = unit.getSourceFile().getCharContent(true).toString();
                List<Tree> bodies = new ArrayList<>();
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree m, Void v) {
                        if (m.getBody() != null && !m.getName().contentEquals("<init>")) {
                            bodies.add(m.getBody());
                        }
                        return null;
                    }
                }.scan(unit, null);
                StringBuilder s = new StringBuilder(text);
                for (int i = bodies.size() - 1; i >= 0; i--) {
                    int from = (int) positions.getStartPosition(unit, bodies.get(i));
                    int to = (int) positions.getEndPosition(unit, bodies.get(i));
                    long lines = text.substring(from, to).chars().filter(c -> c == '\n').count();
                    s.replace(from, to, "{ throw null; }" + "\n".repeat((int) lines));
                }
                out.add(sourceFile(Path.of(unit.getSourceFile().toUri().getPath()).getFileName().toString(),
                        s.toString()));
            }
            return out;
        }

        /** Errors and warnings reported for the file {@code name}, as {@code name:line: kind: message}. */
        List<String> diagnostics(String name) {
            return found.stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE && d.getKind() != Diagnostic.Kind.OTHER)
                    .filter(d -> d.getSource() != null && d.getSource().toUri().getPath().endsWith("/" + name))
                    .map(d -> name + ":" + d.getLineNumber() + ": " + d.getKind().toString().toLowerCase(Locale.ROOT)
                            + ": " + d.getMessage(Locale.ROOT))
                    .toList();
        }

        /** The top-level class {@code name}. */
        Tree type(String name) {
            for (CompilationUnitTree unit : units) {
                for (Tree t : unit.getTypeDecls()) {
                    if (t instanceof ClassTree c && c.getSimpleName().contentEquals(name)) {
                        return c;
                    }
                }
            }
            throw new AssertionError("no class " + name + " in " + units.size() + " parsed files");
        }

        TreePath path(Tree tree) {
            for (CompilationUnitTree unit : units) {
                TreePath p = TreePath.getPath(unit, tree);
                if (p != null) {
                    return p;
                }
            }
            throw new AssertionError("tree not found: " + tree.getKind());
        }

        /** {@code File.java:line} of {@code tree}. */
        String line(Tree tree) {
            CompilationUnitTree unit = path(tree).getCompilationUnit();
            long pos = trees.getSourcePositions().getStartPosition(unit, tree);
            String file = Path.of(unit.getSourceFile().toUri().getPath()).getFileName().toString();
            return file + ":" + unit.getLineMap().getLineNumber(pos);
        }

        boolean isChecked(TypeMirror exception) {
            return !types.isSubtype(exception, elements.getTypeElement("java.lang.RuntimeException").asType())
                    && !types.isSubtype(exception, elements.getTypeElement("java.lang.Error").asType());
        }

        /** True when {@code e} and every type around it is public or protected (interface members are public). */
        boolean exported(Element e) {
            for (Element x = e; x != null && x.getKind() != ElementKind.PACKAGE; x = x.getEnclosingElement()) {
                if (!x.getModifiers().contains(Modifier.PUBLIC) && !x.getModifiers().contains(Modifier.PROTECTED)) {
                    return false;
                }
            }
            return true;
        }

        /** True when {@code m} overrides or implements a method of a supertype (it inherits that comment). */
        boolean overrides(ExecutableElement m) {
            if (m.getKind() != ElementKind.METHOD || m.getModifiers().contains(Modifier.STATIC)) {
                return false;
            }
            TypeElement owner = (TypeElement) m.getEnclosingElement();
            List<TypeMirror> todo = new ArrayList<>(types.directSupertypes(owner.asType()));
            while (!todo.isEmpty()) {
                Element s = types.asElement(todo.remove(todo.size() - 1));
                for (Element member : s.getEnclosedElements()) {
                    if (member instanceof ExecutableElement other && elements.overrides(m, other, owner)) {
                        return true;
                    }
                }
                todo.addAll(types.directSupertypes(s.asType()));
            }
            return false;
        }
    }
}
