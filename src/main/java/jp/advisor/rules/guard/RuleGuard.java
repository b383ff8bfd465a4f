package jp.advisor.rules.guard;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.advisor.rules.guard.DrlTokens.Kind;
import jp.advisor.rules.guard.DrlTokens.Token;

/**
 * Refuses a rule file that could run arbitrary Java. Policy staff edit the rule files, and Drools compiles
 * whatever Java (or MVEL) a DRL file contains into the application, so a rule file may use only the fact
 * model ({@value #FACTS_PACKAGE}) and plain values: text, numbers, true/false, {@code List} and {@code Math}.
 *
 * <h2>A lexical check, with the limits of one</h2>
 * The DRL text is split into tokens; {@code //} and {@code /* … *}{@code /} comments are dropped and a string
 * literal is one opaque token, so an explanation may contain any word ("System", 「ファイル」). The tokens are
 * then matched against the lists below:
 * <ul>
 * <li>{@code import} (also {@code import function / static / accumulate}, and MVEL's {@code import_static}
 *     inside a consequence) only of the facts and {@link #ALLOWED_JAVA_NAMES};</li>
 * <li>a name written with its package ({@code java.io.File}, {@code org.mvel2.MVEL}) only if it is a fact or
 *     in {@link #ALLOWED_JAVA_NAMES};</li>
 * <li>a capitalised name not after a dot is taken for a type and must be a fact, a {@link #VALUE_TYPES value
 *     type} or a type the file {@code declare}s: an allow list, because the engine's generated code imports
 *     more than a deny list could name;</li>
 * <li>the names in the {@code DENIED_*} sets, wherever they appear (after a dot too, and in MVEL's
 *     property form: {@code drools.kieRuntime});</li>
 * <li>{@code global} only of a fact type;</li>
 * <li>what lexers disagree on ({@code \\uXXXX} escapes, a CR without LF, {@code """}, {@code #}): javac, MVEL
 *     and the DRL parser could then each see different comments and strings than this check does.</li>
 * </ul>
 * Strings are not evaluated by the guard; the APIs that evaluate strings as code (eval, MVEL,
 * TemplateRuntime, ScriptEngine) are refused instead.
 *
 * <p>Limits: it does not parse, so it cannot tell a type from a variable by anything but the capital letter
 * (a variable written {@code Total} is refused: write {@code total}; {@code Object}, {@code Map} and enum
 * constants of a {@code declare enum} are refused for the same reason); it does not resolve what an unqualified
 * lower-case call ({@code foo(…)}) refers to, nor what the allowed types' own methods return; and it does not
 * stop a rule from looping for ever or allocating without end (the caller bounds run time). It is a
 * first line in front of the engine, not a sandbox: run the engine with no more rights than it needs.
 */
public final class RuleGuard {

    /** One refused token: where it is and, in plain words, why. */
    public record GuardViolation(String file, int line, String token, String messageJa, String messageEn) {
    }

    // ---------------------------------------------------------------- allow lists

    /** The fact model: {@code import jp.advisor.facts.*} or {@code jp.advisor.facts.<Type>}, and its types by name. */
    public static final String FACTS_PACKAGE = "jp.advisor.facts";

    /** Java types a rule may import or write with their package, besides the facts. */
    public static final Set<String> ALLOWED_JAVA_NAMES = Set.of("java.util.List");

    /** Types usable by simple name besides the facts and the file's own {@code declare}d types. */
    public static final Set<String> VALUE_TYPES = Set.of(
            "String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Number",
            "Boolean", "Character", "Math", "List");

    // ---------------------------------------------------------------- deny lists

    /**
     * Package roots refused in code even when no class name follows ({@code java.lang.invoke}). Any other
     * lower-case name followed by a capitalised one ({@code tools.jackson.databind.ObjectMapper}) is read as a
     * package too, so this list only needs the roots that have lower-case members.
     */
    public static final Set<String> FORBIDDEN_PACKAGE_ROOTS = Set.of(
            "java", "javax", "jdk", "sun", "com", "org", "kotlin", "jakarta");

    /** Starting programs, stopping the application, reading its settings (Integer.getInteger reads one). */
    public static final Set<String> DENIED_PROCESS = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exit", "halt", "SecurityManager",
            "getenv", "getProperty", "getInteger", "getLong", "getBoolean");

    /** Reflection: reaching any class or member by its name. */
    public static final Set<String> DENIED_REFLECTION = Set.of(
            "Class", "ClassLoader", "getClass", "forName", "class", "reflect", "Method", "Field", "Constructor",
            "invoke", "newInstance", "setAccessible", "Unsafe", "MethodHandle", "MethodHandles", "Proxy",
            "ServiceLoader", "StackWalker", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor",
            "classLoader", "contextClassLoader", "declaredMethods", "declaredFields", "declaredConstructors");

    /** Work that runs beside the rule, after it, or instead of it. */
    public static final Set<String> DENIED_THREADS = Set.of(
            "Thread", "ThreadGroup", "Executor", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer");

    /** Files and serialized objects. */
    public static final Set<String> DENIED_FILES = Set.of(
            "File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
            "RandomAccessFile", "ObjectInputStream", "ObjectOutputStream");

    /** Network and naming services. */
    public static final Set<String> DENIED_NETWORK = Set.of(
            "Socket", "ServerSocket", "URL", "URI", "HttpClient", "InetAddress", "JNDI", "InitialContext");

    /** Running text as code. {@code eval} is refused both as the DRL conditional element and as a call. */
    public static final Set<String> DENIED_EVALUATION = Set.of(
            "eval", "MVEL", "TemplateRuntime", "ScriptEngine", "ScriptEngineManager");

    /**
     * Leaving the rule for the engine: the {@code drools} / {@code kcontext} handles and what they lead to,
     * in getter and MVEL property form. insert / modify / update / delete need neither handle.
     */
    public static final Set<String> DENIED_SESSION = Set.of(
            "drools", "kcontext", "getKieRuntime", "kieRuntime", "getKnowledgeRuntime", "knowledgeRuntime",
            "getWorkingMemory", "workingMemory", "getKieBase", "kieBase", "getKnowledgeBase", "knowledgeBase",
            "getRuntime", "getContext");

    // ---------------------------------------------------------------- messages

    private static final String ONLY_FACTS_JA = "ルールは判定のための事実（jp.advisor.facts）と数値・文字列だけを使えます。";
    private static final String ONLY_FACTS_EN =
            "Rules may use only the facts being judged (jp.advisor.facts), numbers and text.";

    /** Why a token is refused; {0} is the token. Japanese first: the readers are policy staff. */
    private enum Reason {
        PROCESS(ONLY_FACTS_JA + "{0} はプログラムを起動したり、アプリケーションを止めたり、サーバーの設定を読んだりできます。",
                ONLY_FACTS_EN + " {0} can start programs, stop the application or read the server's settings."),
        REFLECTION(ONLY_FACTS_JA + "{0} は名前を指定してどんなクラスでも動かせます（リフレクション）。",
                ONLY_FACTS_EN + " {0} reaches any class by its name (reflection)."),
        THREADS(ONLY_FACTS_JA + "{0} はルールとは別に動く処理を始められます。",
                ONLY_FACTS_EN + " {0} starts work that runs outside the rule."),
        FILES(ONLY_FACTS_JA + "{0} はファイルを読み書きできます。",
                ONLY_FACTS_EN + " {0} reads or writes files."),
        NETWORK(ONLY_FACTS_JA + "{0} は外部と通信できます。",
                ONLY_FACTS_EN + " {0} talks to the network."),
        EVALUATION(ONLY_FACTS_JA + "{0} は文字列をプログラムとして実行できます。条件は事実のパターン（例：InitiativeFact(met())）に書いてください。",
                ONLY_FACTS_EN + " {0} runs text as code; write a condition as a fact pattern, e.g. InitiativeFact(met())."),
        SESSION(ONLY_FACTS_JA + "{0} はルールエンジンそのものを操作できます。事実の追加・変更・削除は insert／modify／delete で書いてください。",
                ONLY_FACTS_EN + " {0} reaches the rule engine itself; add, change or remove facts with insert / modify / delete."),
        QUALIFIED(ONLY_FACTS_JA + "パッケージ名から書ける Java の型は java.util.List だけです。",
                ONLY_FACTS_EN + " The only Java type that may be written with its package is java.util.List."),
        UNKNOWN_TYPE(ONLY_FACTS_JA + "使える型は jp.advisor.facts の事実と String・数値（Integer、Long、Double など）・Boolean・List・Math です。"
                + "大文字で始まる名前は型の名前とみなすので、変数の名前は小文字で始めてください。",
                ONLY_FACTS_EN + " The types allowed are the facts and String, the number types, Boolean, List and Math;"
                + " a capitalised name is taken for a type, so start a variable's name with a small letter."),
        IMPORT("import できるのは jp.advisor.facts.*（判定のための事実）と java.util.List だけです。",
                "Only jp.advisor.facts.* (the facts being judged) and java.util.List may be imported."),
        GLOBAL("global に置けるのは判定のための事実（jp.advisor.facts の型）だけです。",
                "A global may only hold a fact type (from jp.advisor.facts)."),
        DECLARE("Java の標準の型と同じ名前の型は作れません。別の名前にしてください。",
                "A declared type may not take the name of a standard Java type; choose another name."),
        UNICODE_ESCAPE("文字はそのまま書いてください。\\u で始まる書き方は、文字列やコメントの区切りを見えない形で変えられます。",
                "Write the character itself: a \\u escape can move where strings and comments end without showing it."),
        LONE_CR("改行は LF か CR+LF にしてください。CR だけの改行は、読む仕組みによって行の区切り（コメントの終わり）が変わります。",
                "End lines with LF or CR LF: a lone CR ends a comment for some readers and not for others."),
        TEXT_BLOCK("文字列は \"…\" で書いてください。\"\"\"（テキストブロック）は読む仕組みによって文字列の範囲が変わります。",
                "Write strings as \"…\": readers disagree on where a \"\"\" text block ends."),
        HASH("コメントは // で書いてください。# は読む仕組みによってコメントになったりならなかったりします。",
                "Write comments with //: some readers take # for a comment and some do not.");

        private final String ja;
        private final String en;

        Reason(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }
    }

    private static final Map<String, Reason> DENIED = denied();

    private static Map<String, Reason> denied() {
        Map<String, Reason> map = new LinkedHashMap<>();
        DENIED_PROCESS.forEach(n -> map.put(n, Reason.PROCESS));
        DENIED_REFLECTION.forEach(n -> map.put(n, Reason.REFLECTION));
        DENIED_THREADS.forEach(n -> map.put(n, Reason.THREADS));
        DENIED_FILES.forEach(n -> map.put(n, Reason.FILES));
        DENIED_NETWORK.forEach(n -> map.put(n, Reason.NETWORK));
        DENIED_EVALUATION.forEach(n -> map.put(n, Reason.EVALUATION));
        DENIED_SESSION.forEach(n -> map.put(n, Reason.SESSION));
        return Map.copyOf(map);
    }

    private static final Set<String> DECLARE_KINDS = Set.of("trait", "enum", "window", "type");
    private static final Set<String> IMPORT_KINDS = Set.of("function", "static", "accumulate");

    private final Map<String, Boolean> facts = new ConcurrentHashMap<>();

    /**
     * The refused tokens of one file, in line order; empty when the file may be compiled.
     *
     * @param fileName the name to put in each violation
     * @param drlText  the DRL source; for a decision table, the DRL the SpreadsheetCompiler generates (the
     *                 caller maps its lines back to cells)
     */
    public List<GuardViolation> check(String fileName, String drlText) {
        Objects.requireNonNull(drlText, "drlText");
        Scan scan = new Scan(fileName, DrlTokens.of(drlText));
        scan.raw(drlText);
        scan.tokens();
        List<GuardViolation> found = new ArrayList<>(scan.found.values());
        found.sort(Comparator.comparingInt(GuardViolation::line));
        return List.copyOf(found);
    }

    /** A public top-level class of the fact package; loaded without initialising it. */
    private boolean isFact(String simpleName) {
        return facts.computeIfAbsent(simpleName, name -> {
            if (name.isEmpty() || name.indexOf('$') >= 0) {
                return false;
            }
            try {
                Class<?> type = Class.forName(FACTS_PACKAGE + "." + name, false, RuleGuard.class.getClassLoader());
                return Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    /** A declared type of this name would hide java.lang's in the generated code. */
    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, null);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean capitalised(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /** One file's scan: the tokens, the types the file declares, and what was refused (once per line and token). */
    private final class Scan {

        private final String file;
        private final List<Token> t;
        private final Set<String> declared = new HashSet<>();
        private final Map<String, GuardViolation> found = new LinkedHashMap<>();

        Scan(String file, List<Token> tokens) {
            this.file = file;
            this.t = tokens;
        }

        private void add(Reason reason, int line, String token) {
            String ja = "ルールファイルでは " + token + " を使えません。" + reason.ja.replace("{0}", token);
            String en = "A rule file may not use " + token + ". " + reason.en.replace("{0}", token);
            found.putIfAbsent(line + ":" + token, new GuardViolation(file, line, token, ja, en));
        }

        /** What the tokens cannot show: escapes javac decodes before lexing, and line ends readers disagree on. */
        void raw(String text) {
            int line = 1;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                    add(Reason.LONE_CR, line, "CR");
                } else if (c == '\\') {
                    int end = i;
                    while (end < n && text.charAt(end) == '\\') {
                        end++;
                    }
                    // javac: a backslash preceded by an even number of backslashes may start \\uXXXX.
                    if ((end - i) % 2 == 1 && end < n && text.charAt(end) == 'u') {
                        int u = end;
                        while (u < n && text.charAt(u) == 'u') {
                            u++;
                        }
                        add(Reason.UNICODE_ESCAPE, line, "\\u" + text.substring(u, Math.min(n, u + 4)));
                    }
                    i = end - 1;
                }
            }
        }

        void tokens() {
            collectDeclaredTypes();
            int i = 0;
            while (i < t.size()) {
                i = visit(i);
            }
        }

        private void collectDeclaredTypes() {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isIdentifier() && t.get(i).is("declare")) {
                    int j = afterDeclareKind(i + 1);
                    if (isSimpleName(j) && !isJavaLang(t.get(j).text())) {
                        declared.add(t.get(j).text());
                    }
                }
            }
        }

        private int visit(int i) {
            Token tok = t.get(i);
            if (tok.kind() == Kind.SUSPECT) {
                add(tok.is("#") ? Reason.HASH : Reason.TEXT_BLOCK, tok.line(), tok.text());
                return i + 1;
            }
            if (!tok.isIdentifier()) {
                return i + 1;
            }
            Token prev = i > 0 ? t.get(i - 1) : null;
            if (prev != null && prev.is("@") && !(i + 1 < t.size() && t.get(i + 1).is("."))) {
                return i + 1; // an annotation's simple name (@role, @key); its arguments are checked as code
            }
            if (prev != null && prev.is(".")) {
                member(tok); // after a call or a string: "x".getClass()
                return i + 1;
            }
            switch (tok.text()) {
                case "import":
                    return importStatement(i, null);
                case "import_static": // MVEL's spelling
                    return importStatement(i, "static");
                case "global":
                    return global(i);
                case "declare":
                    return declaration(i);
                case "rule":
                case "query":
                    // An unquoted rule or query name is a name, not a type.
                    return isSimpleName(i + 1) ? i + 2 : chain(i);
                default:
                    return chain(i);
            }
        }

        /** An identifier followed by neither a dot nor an opening parenthesis. */
        private boolean isSimpleName(int j) {
            return j < t.size() && t.get(j).isIdentifier()
                    && !(j + 1 < t.size() && (t.get(j + 1).is(".") || t.get(j + 1).is("(")));
        }

        private void member(Token tok) {
            Reason reason = DENIED.get(tok.text());
            if (reason != null) {
                add(reason, tok.line(), tok.is("class") ? ".class" : tok.text());
            }
        }

        /** The index after {@code name(.name)*} starting at i, with the names in {@code segments}. */
        private int dotted(int i, List<String> segments) {
            int j = i;
            segments.add(t.get(j).text());
            while (j + 2 < t.size() && t.get(j + 1).is(".") && t.get(j + 2).isIdentifier()) {
                segments.add(t.get(j + 2).text());
                j += 2;
            }
            return j + 1;
        }

        /** A name not after a dot, with the names dotted onto it: at most one violation for the lot. */
        private int chain(int i) {
            List<String> s = new ArrayList<>();
            int next = dotted(i, s);
            int line = t.get(i).line();
            String root = s.get(0);
            int firstType = -1;
            for (int k = 1; k < s.size() && firstType < 0; k++) {
                if (capitalised(s.get(k))) {
                    firstType = k;
                }
            }
            boolean packageLike = !root.startsWith("$") && !capitalised(root) && !DENIED.containsKey(root);
            int from = 0;
            if (FORBIDDEN_PACKAGE_ROOTS.contains(root) || packageLike && firstType > 0) {
                int upto = firstType > 0 ? firstType : s.size() - 1;
                String qualified = String.join(".", s.subList(0, upto + 1));
                if (!qualifiedAllowed(qualified, true)) {
                    add(Reason.QUALIFIED, line, qualified);
                    return next;
                }
                from = upto + 1;
            }
            for (int k = from; k < s.size(); k++) {
                Reason reason = DENIED.get(s.get(k));
                if (reason != null) {
                    add(reason, line, s.get(k).equals("class") && k > 0 ? ".class" : s.get(k));
                    return next;
                }
            }
            if (from == 0 && capitalised(root) && !typeAllowed(root)) {
                add(Reason.UNKNOWN_TYPE, line, root);
            }
            return next;
        }

        private boolean typeAllowed(String simpleName) {
            return VALUE_TYPES.contains(simpleName) || isFact(simpleName) || declared.contains(simpleName);
        }

        /** {@code jp.advisor.facts.<Type>}, or (when Java names count) one of {@link #ALLOWED_JAVA_NAMES}. */
        private boolean qualifiedAllowed(String qualified, boolean javaNamesToo) {
            if (javaNamesToo && ALLOWED_JAVA_NAMES.contains(qualified)) {
                return true;
            }
            String prefix = FACTS_PACKAGE + ".";
            return qualified.startsWith(prefix) && isFact(qualified.substring(prefix.length()));
        }

        /** {@code import [function|static|accumulate] a.b.C[.*|.m] [name]}, anywhere (MVEL allows it in a consequence). */
        private int importStatement(int i, String kindGiven) {
            int j = i + 1;
            String kind = kindGiven;
            if (kind == null && j < t.size() && t.get(j).isIdentifier() && IMPORT_KINDS.contains(t.get(j).text())
                    && j + 1 < t.size() && t.get(j + 1).isIdentifier()) {
                kind = t.get(j++).text();
            }
            StringBuilder name = new StringBuilder();
            if (j < t.size() && t.get(j).isIdentifier()) {
                name.append(t.get(j++).text());
                while (j + 1 < t.size() && t.get(j).is(".")
                        && (t.get(j + 1).isIdentifier() || t.get(j + 1).is("*"))) {
                    name.append('.').append(t.get(j + 1).text());
                    j += 2;
                    if (name.charAt(name.length() - 1) == '*') {
                        break;
                    }
                }
            }
            if ("accumulate".equals(kind) && j < t.size() && t.get(j).isIdentifier()) {
                j++; // the function's name in the rules
            }
            if (!importAllowed(kind, name.toString())) {
                String shown = kindGiven != null ? t.get(i).text() : "import" + (kind == null ? "" : " " + kind);
                add(Reason.IMPORT, t.get(i).line(), (shown + " " + name).strip());
            }
            return j;
        }

        private boolean importAllowed(String kind, String name) {
            String prefix = FACTS_PACKAGE + ".";
            if (kind == null && ALLOWED_JAVA_NAMES.contains(name)) {
                return true;
            }
            if (!name.startsWith(prefix)) {
                return false;
            }
            String[] rest = name.substring(prefix.length()).split("\\.", -1);
            return switch (kind == null ? "" : kind) {
                case "" -> rest.length == 1;                                      // facts.* or facts.Type
                case "accumulate" -> rest.length == 1 && !rest[0].equals("*");   // facts.Type
                default -> rest.length == 2 && !rest[0].equals("*");             // facts.Type.member or .*
            };
        }

        /** {@code global Type name}: Type must be a fact; anything else named global is ordinary code. */
        private int global(int i) {
            if (i + 1 >= t.size() || !t.get(i + 1).isIdentifier()) {
                return chain(i);
            }
            List<String> s = new ArrayList<>();
            int after = dotted(i + 1, s);
            boolean generic = after < t.size() && (t.get(after).is("<") || t.get(after).is("["));
            boolean declaration = generic || after < t.size() && t.get(after).isIdentifier();
            if (!declaration) {
                return chain(i);
            }
            String type = String.join(".", s);
            boolean fact = s.size() == 1 ? isFact(type) || declared.contains(type) : qualifiedAllowed(type, false);
            if (generic || !fact) {
                add(Reason.GLOBAL, t.get(i).line(), "global " + type);
            }
            return after;
        }

        /** {@code declare [kind] Name}: the name is the file's own type, unless it hides a java.lang one. */
        private int declaration(int i) {
            int j = afterDeclareKind(i + 1);
            if (!isSimpleName(j)) {
                return j; // a qualified name is checked as code
            }
            String name = t.get(j).text();
            if (isJavaLang(name) && !isFact(name)) {
                add(Reason.DECLARE, t.get(i).line(), "declare " + name);
            }
            return j + 1;
        }

        private int afterDeclareKind(int j) {
            if (j < t.size() && t.get(j).isIdentifier() && DECLARE_KINDS.contains(t.get(j).text())
                    && j + 1 < t.size() && t.get(j + 1).isIdentifier()) {
                return j + 1;
            }
            if (j + 2 < t.size() && t.get(j).is("entry") && t.get(j + 1).is("-") && t.get(j + 2).is("point")) {
                return j + 3;
            }
            return j;
        }
    }
}
