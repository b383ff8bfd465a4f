package jp.advisor.rules.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Refuses a rule file that could do anything but judge. Policy staff edit the rule files, and Drools compiles
 * whatever Java (or MVEL) a DRL file contains into the application, so a rule file may use only an explicit
 * list: the fact model ({@value #FACTS_PACKAGE}) and plain values.
 *
 * <h2>By parsing, with an allow list</h2>
 * The file is read by Drools' own parser ({@link DrlParser}, the one the compiler uses, so both see the same
 * rules, constraints and consequences), and every part of the {@link PackageDescr} is checked:
 * <ul>
 * <li>{@code import} only of the facts and {@link #ALLOWED_JAVA_NAMES}; {@code import function/static} only of
 *     a fact type's static methods; no {@code global}, {@code function} (no recursion then), {@code import
 *     accumulate}, {@code unit}, enum/trait/window/entry-point declarations; {@code declare} only of a simple
 *     type of allowed field types;</li>
 * <li>rule attributes from a fixed list (no timer, calendars, duration; salience a whole number);</li>
 * <li>conditions: patterns of fact, declared or value types, not / exists / forall / or / and, from an
 *     expression, collect, accumulate with the built-in functions, entry points; no eval;</li>
 * <li>every constraint, {@code from} expression and consequence is parsed with JavaParser and checked by
 *     {@link CodeGuard}: variables, literals, operators, if / else, ?:, the fact model's methods and a fixed
 *     list of String, number, List and Math methods, insert / insertLogical / delete / update; no loops,
 *     try / throw, lambdas, arrays, {@code new} outside the facts, static access outside the list, class
 *     literals. A consequence in the MVEL dialect passes only when it is this Java.</li>
 * </ul>
 * What neither parser sees the same way as javac is refused from the raw text: {@code \\uXXXX} escapes and a CR
 * without LF. A file the DRL parser cannot read is left to the compiler, which reports its located errors and
 * compiles nothing.
 *
 * <p>Limits: method and property names are allowed by name, not by the receiver's inferred type (every type a
 * rule can reach is one the vocabulary follows from the facts, and none leads to Class, Thread or the engine);
 * a rule can still run long through many firings or a large computation: the caller bounds run time. It is
 * the first line in front of the engine, not a sandbox: run the engine with no more rights than it needs.
 */
public final class RuleGuard {

    /** One refused construct: where it is and, in plain words, why. */
    public record GuardViolation(String file, int line, String token, String messageJa, String messageEn) {
    }

    /** The fact model: {@code import jp.advisor.facts.*} or {@code jp.advisor.facts.<Type>}, and its types by name. */
    public static final String FACTS_PACKAGE = Vocabulary.FACTS_PACKAGE;

    /** Java types a rule may import or write with their package, besides the facts. */
    public static final Set<String> ALLOWED_JAVA_NAMES = Vocabulary.QUALIFIED_JAVA;

    /** Types usable by simple name besides the facts and the file's own {@code declare}d types. */
    public static final Set<String> VALUE_TYPES = Vocabulary.VALUE_TYPES.keySet();

    /** Rule attributes that only order, group or switch rules, with the values they may take. */
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus", "enabled");
    private static final Set<String> NAME_ATTRIBUTES = Set.of(
            "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires");

    /** The accumulate functions built into the engine that only count and collect. */
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of(
            "sum", "count", "min", "max", "average", "collectList", "collectSet");

    private static final Set<String> DECLARE_ANNOTATIONS = Set.of("role", "key", "position");

    /** {@code $x :} or {@code $x :=} before a constraint: the binding's name and where the expression starts. */
    private static final Pattern BINDING = Pattern.compile("^\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:=?(?![=:])");

    /**
     * The refused constructs of one file, in line order; empty when the file may be compiled.
     *
     * @param fileName the name to put in each violation
     * @param drlText  the DRL source; for a decision table, the DRL the SpreadsheetCompiler generates (the
     *                 caller maps its lines back to cells)
     */
    public List<GuardViolation> check(String fileName, String drlText) {
        Objects.requireNonNull(drlText, "drlText");
        FileCheck check = new FileCheck(fileName, drlText);
        check.raw();
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drlText);
        } catch (Exception e) {
            pkg = null;
        }
        if (pkg != null && !parser.hasErrors()) {
            check.file(pkg);
        }
        List<GuardViolation> found = new ArrayList<>(check.found.values());
        found.sort(Comparator.comparingInt(GuardViolation::line));
        return List.copyOf(found);
    }

    /** One file: its text, its vocabulary, and what was refused (once per line and construct). */
    private static final class FileCheck {

        private final String file;
        private final String text;
        private final int[] lineStarts;
        private final Vocabulary vocabulary = new Vocabulary();
        private final Set<String> staticImports = new HashSet<>();
        /** Globals and functions: refused where declared, not again where used. */
        private final Set<String> refusedNames = new HashSet<>();
        private final Map<String, GuardViolation> found = new LinkedHashMap<>();
        private String packageDialect = "java";

        FileCheck(String file, String text) {
            this.file = file;
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        void add(int line, String token, Reason reason) {
            add(line, token, reason, null, null);
        }

        void add(int line, String token, Reason reason, String whereJa, String whereEn) {
            found.putIfAbsent(line + ":" + token,
                    new GuardViolation(file, line, token, reason.ja(token, whereJa), reason.en(token, whereEn)));
        }

        /** A sink that places a line of a piece of code, which starts on {@code firstLine}, in the file. */
        CodeGuard.Sink at(int firstLine) {
            return (line, token, reason, whereJa, whereEn) -> add(firstLine + line - 1, token, reason, whereJa, whereEn);
        }

        private int lineOf(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        private String lineText(int line) {
            if (line < 1 || line > lineStarts.length) {
                return "";
            }
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            return text.substring(lineStarts[line - 1], end);
        }

        /** What the parsers may read differently from javac: escapes decoded before lexing, lone CRs. */
        void raw() {
            int line = 1;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                    add(line, "CR", Reason.LONE_CR);
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
                        add(line, "\\u" + text.substring(u, Math.min(n, u + 4)), Reason.UNICODE_ESCAPE);
                    }
                    i = end - 1;
                }
            }
        }

        void file(PackageDescr pkg) {
            if (pkg.getUnit() != null) {
                add(line(pkg.getUnit(), 1), "unit " + pkg.getUnit().getTarget(), Reason.CONDITION);
            }
            for (ImportDescr i : pkg.getImports()) {
                if (!importAllowed(i.getTarget())) {
                    add(i.getLine(), "import " + i.getTarget(), Reason.IMPORT);
                }
            }
            for (FunctionImportDescr i : pkg.getFunctionImports()) {
                functionImport(i);
            }
            for (var i : pkg.getAccumulateImports()) {
                add(i.getLine(), "import accumulate " + i.getTarget(), Reason.IMPORT);
            }
            for (var g : pkg.getGlobals()) {
                refusedNames.add(g.getIdentifier());
                add(g.getLine(), "global " + g.getType(), Reason.GLOBAL);
            }
            for (FunctionDescr f : pkg.getFunctions()) {
                refusedNames.add(f.getName());
                add(f.getLine(), "function " + f.getName(), Reason.FUNCTION);
            }
            declarations(pkg);
            for (AttributeDescr a : pkg.getAttributes()) {
                attribute(a, 1);
                if ("dialect".equals(a.getName())) {
                    packageDialect = a.getValue();
                }
            }
            for (RuleDescr r : pkg.getRules()) {
                rule(r);
            }
        }

        private static int line(BaseDescr d, int otherwise) {
            return d != null && d.getLine() > 0 ? d.getLine() : otherwise;
        }

        private boolean importAllowed(String target) {
            if (ALLOWED_JAVA_NAMES.contains(target) || target.equals(FACTS_PACKAGE + ".*")) {
                return true;
            }
            String prefix = FACTS_PACKAGE + ".";
            return target.startsWith(prefix) && Vocabulary.fact(target.substring(prefix.length())) != null;
        }

        /** {@code import function|static jp.advisor.facts.Type.member} or {@code .Type.*}: a fact's static methods. */
        private void functionImport(FunctionImportDescr i) {
            String target = i.getTarget();
            String prefix = FACTS_PACKAGE + ".";
            String[] rest = target.startsWith(prefix) ? target.substring(prefix.length()).split("\\.", -1) : new String[0];
            Class<?> type = rest.length == 2 ? vocabulary.named(rest[0]) : null;
            boolean allowed = type != null && Vocabulary.isFact(type) && !rest[1].isEmpty();
            if (allowed && rest[1].equals("*")) {
                for (var m : type.getMethods()) {
                    if (m.getDeclaringClass() == type && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                        staticImports.add(m.getName());
                    }
                }
            } else if (allowed && vocabulary.staticMethod(type, rest[1])) {
                staticImports.add(rest[1]);
            } else {
                Matcher kind = Pattern.compile("import\\s+(function|static)").matcher(lineText(i.getLine()));
                add(i.getLine(), "import " + (kind.find() ? kind.group(1) : "function") + " " + target, Reason.IMPORT);
            }
        }

        private void declarations(PackageDescr pkg) {
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                vocabulary.declare(t.getTypeName(), t.getFields().keySet());
            }
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                String name = t.getTypeName();
                int line = line(t, 1);
                if (t.isTrait() || !t.getSuperTypes().isEmpty()
                        || Vocabulary.isJavaLang(name) || Vocabulary.fact(name) != null) {
                    add(line, "declare " + (t.isTrait() ? "trait " : "") + name, Reason.DECLARE);
                    continue;
                }
                for (AnnotationDescr a : t.getAnnotations()) {
                    if (!DECLARE_ANNOTATIONS.contains(a.getName())) {
                        add(line(a, line), "@" + a.getName(), Reason.ANNOTATION);
                    }
                }
                for (TypeFieldDescr f : t.getFields().values()) {
                    int fieldLine = line(f, line);
                    String type = f.getPattern() == null ? "" : f.getPattern().getObjectType();
                    if (!Vocabulary.isPrimitive(type) && !vocabulary.isDeclared(type) && vocabulary.named(type) == null) {
                        add(fieldLine, type, Reason.of(type.substring(type.lastIndexOf('.') + 1),
                                type.contains(".") ? Reason.QUALIFIED : Reason.UNKNOWN_TYPE));
                    }
                    if (f.getInitExpr() != null && !f.getInitExpr().isBlank()) {
                        CodeGuard.expression(f.getInitExpr(), vocabulary, scope(Set.of(), null, null, Set.of(), true),
                                at(fieldLine));
                    }
                }
            }
            for (var e : pkg.getEnumDeclarations()) {
                add(line(e, 1), "declare enum " + e.getTypeName(), Reason.DECLARE);
            }
            for (var e : pkg.getEntryPointDeclarations()) {
                add(line(e, 1), "declare entry-point " + e.getEntryPointId(), Reason.DECLARE);
            }
            for (var w : pkg.getWindowDeclarations()) {
                add(line(w, 1), "declare window " + w.getName(), Reason.DECLARE);
            }
        }

        private void attribute(AttributeDescr a, int otherwise) {
            String name = a.getName();
            String value = a.getValue() == null ? "" : a.getValue().strip();
            int line = line(a, otherwise);
            boolean ok = switch (name) {
                case "salience" -> value.matches("-?\\d{1,9}");
                case "dialect" -> value.equals("java") || value.equals("mvel");
                default -> FLAG_ATTRIBUTES.contains(name) ? value.isEmpty() || value.equals("true") || value.equals("false")
                        : NAME_ATTRIBUTES.contains(name);
            };
            if (!ok) {
                add(line, value.isEmpty() || !Set.of("salience", "dialect", "enabled").contains(name) && !FLAG_ATTRIBUTES.contains(name)
                        ? name : name + " " + value, Reason.ATTRIBUTE);
            }
        }

        private CodeGuard.Scope scope(Set<String> bindings, Class<?> patternType, String declaredType, Set<String> matched,
                                      boolean guarded) {
            return new CodeGuard.Scope(bindings, patternType, declaredType, staticImports, refusedNames, matched, guarded);
        }

        // ------------------------------------------------------------ rules

        private void rule(RuleDescr r) {
            int ruleLine = line(r, 1);
            for (AnnotationDescr a : r.getAnnotations()) {
                add(line(a, ruleLine), "@" + a.getName(), Reason.ANNOTATION);
            }
            for (AttributeDescr a : r.getAttributes().values()) {
                attribute(a, ruleLine);
            }
            AttributeDescr dialect = r.getAttributes().get("dialect");
            boolean mvel = "mvel".equals(dialect != null ? dialect.getValue() : packageDialect);
            boolean guarded = flag(r, "no-loop") || flag(r, "lock-on-active");

            Set<String> bindings = new HashSet<>();
            Set<String> matched = new HashSet<>();
            if (r instanceof QueryDescr q) {
                String[] params = q.getParameters();
                String[] types = q.getParameterTypes();
                for (int i = 0; i < params.length; i++) {
                    bindings.add(params[i]);
                    String type = i < types.length ? types[i] : "";
                    if (!Vocabulary.isPrimitive(type) && !vocabulary.isDeclared(type) && vocabulary.named(type) == null) {
                        add(ruleLine, type, Reason.of(type, Reason.UNKNOWN_TYPE));
                    }
                }
            }
            collectBindings(r.getLhs(), bindings, matched);
            Rule rule = new Rule(bindings, matched, guarded);
            if (r.getLhs() != null) {
                condition(r.getLhs(), rule, ruleLine);
            }
            for (String name : r.getNamedConsequences().keySet()) {
                add(ruleLine, "then[" + name + "]", Reason.CONDITION);
            }
            if (r.getConsequence() instanceof String code && !code.isBlank()) {
                int start = consequenceStart(r, code);
                int firstLine = start >= 0 ? lineOf(start) : r.getConsequenceLine() + 1;
                CodeGuard.consequence(code, vocabulary, scope(bindings, null, null, matched, guarded), mvel, at(firstLine));
            }
        }

        private static boolean flag(RuleDescr r, String name) {
            AttributeDescr a = r.getAttributes().get(name);
            return a != null && !"false".equals(a.getValue());
        }

        /** Where the parser's consequence text stands in the file: it starts after {@code then}. */
        private int consequenceStart(RuleDescr r, String code) {
            int thenLine = Math.max(1, Math.min(r.getConsequenceLine(), lineStarts.length));
            int from = lineStarts[thenLine - 1];
            int at = text.indexOf(code, from);
            if (at < 0) {
                at = text.indexOf(code.strip(), from);
            }
            return at;
        }

        /** The names a rule's conditions give (patterns, constraint bindings, accumulate results). */
        private void collectBindings(BaseDescr d, Set<String> bindings, Set<String> matched) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) {
                    bindings.add(p.getIdentifier());
                    if (p.getSource() == null || p.getSource() instanceof EntryPointDescr) {
                        matched.add(p.getIdentifier());
                    }
                }
                for (BaseDescr c : p.getConstraint().getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        Matcher m = BINDING.matcher(e.getExpression());
                        if (m.find()) {
                            bindings.add(m.group(1));
                        }
                    }
                }
                if (p.getSource() instanceof CollectDescr c) {
                    collectBindings(c.getInputPattern(), bindings, matched);
                } else if (p.getSource() instanceof AccumulateDescr a) {
                    collectBindings(a.getInput(), bindings, matched);
                    for (var f : a.getFunctions()) {
                        if (f.getBind() != null) {
                            bindings.add(f.getBind());
                        }
                    }
                }
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    collectBindings((BaseDescr) child, bindings, matched);
                }
            }
        }

        private record Rule(Set<String> bindings, Set<String> matched, boolean guarded) {
        }

        private void condition(BaseDescr d, Rule rule, int otherwise) {
            int line = line(d, otherwise);
            if (d instanceof PatternDescr p) {
                pattern(p, rule, line);
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    condition((BaseDescr) child, rule, line);
                }
            } else if (d instanceof EvalDescr) {
                add(line, "eval", Reason.EVALUATION);
            } else if (d instanceof NamedConsequenceDescr n) {
                add(line, "do[" + n.getName() + "]", Reason.CONDITION);
            } else if (d instanceof ConditionalBranchDescr) {
                add(line, "if … do[…]", Reason.CONDITION);
            } else {
                add(line, d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT),
                        Reason.CONDITION);
            }
        }

        private void pattern(PatternDescr p, Rule rule, int line) {
            String typeName = p.getObjectType() == null ? "" : p.getObjectType();
            BaseDescr source = p.getSource();
            boolean fromResult = source instanceof CollectDescr || source instanceof AccumulateDescr;
            boolean declared = vocabulary.isDeclared(typeName);
            Class<?> type = declared ? null : vocabulary.named(typeName);
            boolean typeOk = declared || type != null && type != Math.class
                    || fromResult && typeName.equals("Object") && source instanceof AccumulateDescr;
            if (!typeOk) {
                String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
                add(line, typeName, Reason.of(simple, typeName.contains(".") ? Reason.QUALIFIED : Reason.PATTERN_TYPE));
            }
            if (p.isQuery()) {
                add(line, "?" + typeName, Reason.CONDITION);
            }
            if (!p.getBehaviors().isEmpty()) {
                add(line, "over window", Reason.CONDITION);
            }
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    constraint(e.getExpression(), line(e, line), typeOk ? type : null, declared ? typeName : null, rule);
                } else {
                    add(line(c, line), c.getText() == null ? "?" : c.getText(), Reason.CONDITION);
                }
            }
            if (source == null || source instanceof EntryPointDescr) {
                return;
            }
            if (source instanceof CollectDescr c) {
                condition(c.getInputPattern(), rule, line);
            } else if (source instanceof AccumulateDescr a && !(source instanceof GroupByDescr)) {
                accumulate(a, rule, line);
            } else if (source instanceof FromDescr f) {
                CodeGuard.expression(f.getExpression(), vocabulary, scope(rule.bindings(), null, null, rule.matched(),
                        rule.guarded()), at(line));
            } else {
                add(line, "from " + source.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT),
                        Reason.CONDITION);
            }
        }

        private void accumulate(AccumulateDescr a, Rule rule, int line) {
            if (!a.isExternalFunction() || a.getInitCode() != null || a.getActionCode() != null
                    || a.getResultCode() != null) {
                add(line, "accumulate(… init … action … result …)", Reason.CONDITION);
                return;
            }
            if (a.getInput() != null) {
                condition(a.getInput(), rule, line);
            }
            for (var f : a.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                    add(line, f.getFunction(), Reason.CONDITION);
                    continue;
                }
                for (String param : f.getParams()) {
                    CodeGuard.expression(param, vocabulary, scope(rule.bindings(), null, null, rule.matched(),
                            rule.guarded()), at(line));
                }
            }
        }

        /** A constraint: its binding taken off (blanked, so lines stay), the rest parsed as an expression. */
        private void constraint(String expression, int line, Class<?> type, String declaredType, Rule rule) {
            String rest = expression;
            Matcher m = BINDING.matcher(expression);
            if (m.find()) {
                rest = " ".repeat(m.end()) + expression.substring(m.end());
            }
            CodeGuard.constraint(rest, vocabulary, scope(rule.bindings(), type, declaredType, rule.matched(),
                    rule.guarded()), at(line));
        }
    }
}
