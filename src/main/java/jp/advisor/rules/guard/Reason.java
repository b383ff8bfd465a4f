package jp.advisor.rules.guard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Why a construct is refused, in plain words for policy staff (Japanese first). {0} is the construct as written.
 * Most reasons read 「ルールファイルでは {0} を使えません。」 followed by the why; the rest carry their own lead.
 */
enum Reason {
    PROCESS(true, Reason.ONLY_FACTS_JA + "{0} はプログラムを起動したり、アプリケーションを止めたり、サーバーの設定を読んだりできます。",
            Reason.ONLY_FACTS_EN + " {0} can start programs, stop the application or read the server's settings."),
    REFLECTION(true, Reason.ONLY_FACTS_JA + "{0} は名前を指定してどんなクラスでも動かせます（リフレクション）。",
            Reason.ONLY_FACTS_EN + " {0} reaches any class by its name (reflection)."),
    THREADS(true, Reason.ONLY_FACTS_JA + "{0} はルールとは別に動く処理を始められます。",
            Reason.ONLY_FACTS_EN + " {0} starts work that runs outside the rule."),
    FILES(true, Reason.ONLY_FACTS_JA + "{0} はファイルを読み書きできます。",
            Reason.ONLY_FACTS_EN + " {0} reads or writes files."),
    NETWORK(true, Reason.ONLY_FACTS_JA + "{0} は外部と通信できます。",
            Reason.ONLY_FACTS_EN + " {0} talks to the network."),
    EVALUATION(true, Reason.ONLY_FACTS_JA + "{0} は文字列をプログラムとして実行できます。条件は事実のパターン（例：InitiativeFact(met())）に書いてください。",
            Reason.ONLY_FACTS_EN + " {0} runs text as code; write a condition as a fact pattern, e.g. InitiativeFact(met())."),
    SESSION(true, Reason.ONLY_FACTS_JA + "{0} はルールエンジンそのものを操作できます。事実の追加・削除は insert／delete で書いてください。",
            Reason.ONLY_FACTS_EN + " {0} reaches the rule engine itself; add or remove facts with insert / delete."),
    QUALIFIED(true, Reason.ONLY_FACTS_JA + "パッケージ名から書ける Java の型は java.util.List だけです。",
            Reason.ONLY_FACTS_EN + " The only Java type that may be written with its package is java.util.List."),
    UNKNOWN_TYPE(true, Reason.ONLY_FACTS_JA + "使える型は jp.advisor.facts の事実と、ファイルで declare した型、String・数値（Integer、Long、Double など）・Boolean・Character・List・Math です。",
            Reason.ONLY_FACTS_EN + " The types allowed are the facts, the file's declared types, String, the number types, Boolean, Character, List and Math."),
    UNKNOWN_METHOD(true, Reason.ONLY_FACTS_JA + "呼べるのは、事実の型のメソッド（Suggest・Flag の組み立て、Numbers・Text など）と、文字列・数値・List・Math の決まったメソッド、insert・insertLogical・delete・update だけです。",
            Reason.ONLY_FACTS_EN + " The calls allowed are the fact types' methods (the Suggest and Flag builders, Numbers, Text …), a fixed list of text, number, List and Math methods, and insert, insertLogical, delete and update."),
    UNKNOWN_PROPERTY(true, Reason.ONLY_FACTS_JA + "読めるのは事実の項目（例：value.number）と、文字列・数値・List の決まった項目だけです。",
            Reason.ONLY_FACTS_EN + " Only the facts' properties (e.g. value.number) and a fixed list of text, number and List properties may be read."),
    NEW(true, Reason.ONLY_FACTS_JA + "new で作れるのは事実の型（JudgingPolicy、ActionPhrase など）と、ファイルで declare した型だけです。",
            Reason.ONLY_FACTS_EN + " new may only make a fact type (JudgingPolicy, ActionPhrase …) or a type the file declares."),
    LOOP(true, "繰り返し（for・while・do）は終わらないことがあり、評価と公開を止めてしまいます。ルールは当てはまる事実ごとに動くので、繰り返しは要りません。",
            "A loop (for, while, do) may never end and would stall evaluations and publishing; a rule already runs once for every matching fact."),
    LAMBDA(true, "ラムダ式（->）とメソッド参照（::）は、ほかの処理に渡されて後から・別の所で動きます。結果は式でそのまま書いてください。",
            "A lambda (->) or method reference (::) is code handed over to run later or elsewhere; write the result as a plain expression."),
    EXCEPTIONS(true, "例外の処理（try・catch・throw）は使えません。値が読めない場合は、事実の readable() などを条件に書いてください。",
            "Exception handling (try, catch, throw) is not allowed; test readable() and the like in the conditions instead."),
    SYNCHRONIZED(true, "synchronized はほかの評価を待たせ、止めてしまうことがあります。",
            "synchronized makes other evaluations wait, possibly for ever."),
    STATEMENT(true, "結論（then の後）で使える文は、変数の宣言、式（insert(…) など）、if／else、return だけです。",
            "A consequence (after then) may only declare variables, evaluate expressions (insert(…) …), branch with if / else and return."),
    EXPRESSION(true, "使える式は、値（文字列・数値・true／false・null）、演算子、条件演算子（? :）、変数、事実の項目とメソッドの呼び出しだけです。",
            "The expressions allowed are values (text, numbers, true / false, null), operators, ?:, variables, and the facts' properties and methods."),
    ARRAY(true, "配列を作ることはできません（大きさしだいで記憶を使い切ります）。List.of(…) を使ってください。",
            "Arrays may not be made (a large one exhausts memory); use List.of(…)."),
    ASSIGNMENT(true, "代入できるのは結論の中で作った変数だけです。事実を書き換えるルールは、ほかのルールの判定を変えてしまいます。",
            "Only a variable made in the consequence may be assigned; a rule that rewrites a fact changes what other rules see."),
    CLASS_LITERAL(true, Reason.ONLY_FACTS_JA + "{0} はクラスそのものを取り出し、名前からどんなクラスでも動かせます（リフレクション）。",
            Reason.ONLY_FACTS_EN + " {0} takes hold of a class itself, from which any class can be reached (reflection)."),
    THIS(true, "結論（then の後）の this はルールエンジンの内部を指します。事実は条件で付けた名前（$o など）で書いてください。",
            "In a consequence (after then) this is the rule engine's own object; name a fact by its binding ($o …) instead."),
    REFIRE(true, "条件で当てはまった事実を update／modify すると、同じルールがもう一度当てはまり、いつまでも繰り返します。no-loop true を付けるか、新しい事実を insert してください。",
            "Updating a fact the rule itself matched makes the same rule match again, for ever; add no-loop true or insert a new fact instead."),
    IMPORT(true, "import できるのは jp.advisor.facts.*（判定のための事実）と java.util.List、import function／static では事実の型の static メソッドだけです。",
            "Only jp.advisor.facts.* (the facts being judged) and java.util.List may be imported, and with import function / static only the fact types' static methods."),
    GLOBAL(true, "global は使えません。アプリケーションは global に何も渡さないため、値はいつも null です。判定に使うものは事実として条件（when）に書いてください。",
            "Globals are not allowed: the application sets none, so they are always null; match what a rule needs as a fact in its conditions (when)."),
    FUNCTION(true, "function は使えません（自分自身を呼んで終わらなくなることがあります）。計算は事実の型のメソッド（Numbers、Text など）か、式で書いてください。",
            "Functions are not allowed (one may call itself and never end); compute with the fact types' methods (Numbers, Text …) or an expression."),
    DECLARE(true, "declare で作れるのは、項目が事実の型・文字列・数値・true／false だけの単純な型です（enum・trait・継承・window・entry-point と、Java の標準の型と同じ名前は使えません）。",
            "declare may only make a simple type whose fields are facts, text, numbers or true/false (no enum, trait, supertype, window or entry-point, and not the name of a standard Java type)."),
    ATTRIBUTE(true, "ルールの属性で使えるのは salience（整数）、no-loop、lock-on-active、agenda-group、activation-group、ruleflow-group、auto-focus、enabled（true／false）、date-effective、date-expires、dialect（\"java\"／\"mvel\"）だけです。"
            + "timer・calendars・duration は別のスレッドで後からルールを動かします。",
            "The rule attributes allowed are salience (a whole number), no-loop, lock-on-active, agenda-group, activation-group, ruleflow-group, auto-focus,"
            + " enabled (true / false), date-effective, date-expires and dialect (\"java\" / \"mvel\"); timer, calendars and duration run rules later on another thread."),
    ANNOTATION(true, "ルールに付ける @ の注記は使えません（エンジンの動き方を変えます）。",
            "Annotations (@…) on a rule are not allowed: they change how the engine runs it."),
    CONDITION(true, "条件（when）で使えるのは、事実のパターン、not・exists・forall・or・and、from（式・collect・accumulate の sum・count・min・max・average・collectList・collectSet）、entry-point だけです。",
            "The conditions (when) may only use fact patterns, not, exists, forall, or, and, from (an expression, collect, or accumulate with sum, count, min, max, average, collectList, collectSet) and entry points."),
    PATTERN_TYPE(true, Reason.ONLY_FACTS_JA + "条件で当てはめられるのは事実の型、ファイルで declare した型と、collect／accumulate の結果（List、Number など）だけです。",
            Reason.ONLY_FACTS_EN + " Conditions may match only fact types, the file's declared types, and the result of collect / accumulate (List, Number …)."),
    UNREADABLE(false, "{1}を、使える書き方として読めません（{0} の所）。使えるのは Java と同じ書き方の一部（変数、式、if／else）で、"
            + "条件は ==、!=、<、<=、>、>=、&&、||、! とメソッドの呼び出しで書きます。MVEL だけの書き方（with、foreach、[…] など）と、contains・matches などの DRL の比較語も使えません。",
            "The {2} cannot be read as the allowed language (at {0}): a part of Java (variables, expressions, if / else), conditions written with"
            + " ==, !=, <, <=, >, >=, &&, ||, ! and method calls; MVEL-only forms (with, foreach, […]) and DRL operators such as contains or matches are not allowed."),
    UNICODE_ESCAPE(false, "文字はそのまま書いてください。\\u で始まる書き方は、文字列やコメントの区切りを見えない形で変えられます。",
            "Write the character itself: a \\u escape can move where strings and comments end without showing it."),
    LONE_CR(false, "改行は LF か CR+LF にしてください。CR だけの改行は、読む仕組みによって行の区切り（コメントの終わり）が変わります。",
            "End lines with LF or CR LF: a lone CR ends a comment for some readers and not for others."),
    TEXT_BLOCK(true, "文字列は \"…\" で書いてください。\"\"\"（テキストブロック）は読む仕組みによって文字列の範囲が変わります。",
            "Write strings as \"…\": readers disagree on where a \"\"\" text block ends.");

    private static final String ONLY_FACTS_JA = "ルールは判定のための事実（jp.advisor.facts）と数値・文字列だけを使えます。";
    private static final String ONLY_FACTS_EN =
            "Rules may use only the facts being judged (jp.advisor.facts), numbers and text.";

    /** Whether the message leads with 「ルールファイルでは {0} を使えません。」. */
    private final boolean lead;
    private final String ja;
    private final String en;

    Reason(boolean lead, String ja, String en) {
        this.lead = lead;
        this.ja = ja;
        this.en = en;
    }

    /** {1}/{2}: where an unreadable text stands (「結論（then の後）」 / "consequence"). */
    String ja(String token, String whereJa) {
        String body = ja.replace("{0}", token).replace("{1}", whereJa == null ? "この部分" : whereJa);
        return lead ? "ルールファイルでは " + token + " を使えません。" + body : body;
    }

    String en(String token, String whereEn) {
        String body = en.replace("{0}", token).replace("{2}", whereEn == null ? "text" : whereEn);
        return lead ? "A rule file may not use " + token + ". " + body : body;
    }

    // ------------------------------------------------------------ names refused with a reason more telling than "not in the list"

    /** Starting programs, stopping the application, reading its settings (Integer.getInteger reads one). */
    static final Set<String> PROCESS_NAMES = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exit", "halt", "SecurityManager",
            "getenv", "getProperty", "getInteger", "getLong", "getBoolean");

    static final Set<String> REFLECTION_NAMES = Set.of(
            "Class", "ClassLoader", "getClass", "forName", "Method", "Field", "Constructor",
            "invoke", "newInstance", "setAccessible", "Unsafe", "MethodHandle", "MethodHandles", "Proxy",
            "ServiceLoader", "StackWalker", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
            "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "getDeclaringClass",
            "classLoader", "contextClassLoader", "declaredMethods", "declaredFields", "declaredConstructors");

    static final Set<String> THREAD_NAMES = Set.of(
            "Thread", "ThreadGroup", "Executor", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "wait", "notify", "notifyAll");

    static final Set<String> FILE_NAMES = Set.of(
            "File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
            "RandomAccessFile", "ObjectInputStream", "ObjectOutputStream");

    static final Set<String> NETWORK_NAMES = Set.of(
            "Socket", "ServerSocket", "URL", "URI", "HttpClient", "InetAddress", "InitialContext");

    static final Set<String> EVALUATION_NAMES = Set.of(
            "eval", "MVEL", "TemplateRuntime", "ScriptEngine", "ScriptEngineManager");

    /** The engine's handles: insert / delete / update need neither. */
    static final Set<String> SESSION_NAMES = Set.of(
            "drools", "kcontext", "getKieRuntime", "kieRuntime", "getKnowledgeRuntime", "knowledgeRuntime",
            "getWorkingMemory", "workingMemory", "getKieBase", "kieBase", "getKnowledgeBase", "knowledgeBase");

    private static final Map<String, Reason> BY_NAME = byName();

    private static Map<String, Reason> byName() {
        Map<String, Reason> map = new LinkedHashMap<>();
        PROCESS_NAMES.forEach(n -> map.put(n, PROCESS));
        REFLECTION_NAMES.forEach(n -> map.put(n, REFLECTION));
        THREAD_NAMES.forEach(n -> map.put(n, THREADS));
        FILE_NAMES.forEach(n -> map.put(n, FILES));
        NETWORK_NAMES.forEach(n -> map.put(n, NETWORK));
        EVALUATION_NAMES.forEach(n -> map.put(n, EVALUATION));
        SESSION_NAMES.forEach(n -> map.put(n, SESSION));
        return Map.copyOf(map);
    }

    /** The telling reason for a refused name, else the general one. */
    static Reason of(String name, Reason otherwise) {
        return BY_NAME.getOrDefault(name, otherwise);
    }
}
