package jp.advisor.rules.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.WildcardType;

/**
 * Checks the Java inside a rule file (consequences, constraints, {@code from} expressions) against the allowed
 * language by parsing it with JavaParser: an explicit list of statements and expressions, with names resolved
 * against the {@link Vocabulary}. Anything not on the list is refused, whatever it is; a refused node's inner
 * parts are not looked at (one refusal per construct).
 */
final class CodeGuard {

    /** Where a refusal goes: the line inside the checked text (1 = its first line), the construct, the reason. */
    interface Sink {
        void refuse(int line, String token, Reason reason, String whereJa, String whereEn);
    }

    /** Calls a consequence may make without a receiver: the engine's own, for facts only. */
    static final Set<String> ENGINE_CALLS = Set.of("insert", "insertLogical", "delete", "retract", "update");

    private static final ParserConfiguration CONFIG = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setAttributeComments(false);

    /** What a piece of code may see besides the vocabulary. */
    record Scope(Set<String> bindings, Class<?> patternType, String declaredPatternType, Set<String> staticImports,
                 Set<String> refusedNames, Set<String> matched, boolean reFireGuarded) {
    }

    private enum Kind { CONSEQUENCE, CONSTRAINT, EXPRESSION }

    private final Vocabulary vocabulary;
    private final Sink sink;
    private final Scope scope;
    private final Kind kind;
    private final Set<String> locals = new HashSet<>();
    private int refusals;

    private CodeGuard(Vocabulary vocabulary, Sink sink, Scope scope, Kind kind) {
        this.vocabulary = vocabulary;
        this.sink = sink;
        this.scope = scope;
        this.kind = kind;
    }

    /** A consequence (the text after {@code then}), in either dialect: MVEL passes only where it is this Java. */
    static void consequence(String code, Vocabulary vocabulary, Scope scope, boolean mvel, Sink sink) {
        ParseResult<BlockStmt> parsed = new JavaParser(CONFIG).parseBlock("{" + code + "\n}");
        CodeGuard guard = new CodeGuard(vocabulary, sink, scope, Kind.CONSEQUENCE);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            guard.unreadable(parsed.getProblems(), mvel ? "結論（then の後、MVEL）" : "結論（then の後）",
                    mvel ? "consequence (MVEL)" : "consequence");
            return;
        }
        guard.statement(parsed.getResult().get());
    }

    /** A constraint inside a pattern, its binding ({@code $x :}) already taken off. */
    static void constraint(String expression, Vocabulary vocabulary, Scope scope, Sink sink) {
        expression(expression, vocabulary, scope, Kind.CONSTRAINT, sink);
    }

    /** An expression outside a pattern: {@code from …}, an accumulate function's argument, a field's initial value. */
    static void expression(String expression, Vocabulary vocabulary, Scope scope, Sink sink) {
        expression(expression, vocabulary, scope, Kind.EXPRESSION, sink);
    }

    private static void expression(String expression, Vocabulary vocabulary, Scope scope, Kind kind, Sink sink) {
        ParseResult<Expression> parsed = new JavaParser(CONFIG).parseExpression(expression);
        CodeGuard guard = new CodeGuard(vocabulary, sink, scope, kind);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            guard.unreadable(parsed.getProblems(), "条件（when）の「" + expression.strip() + "」",
                    "condition \"" + expression.strip() + "\"");
            return;
        }
        guard.expression(parsed.getResult().get());
    }

    private static final java.util.regex.Pattern LEXICAL =
            java.util.regex.Pattern.compile("Lexical error at line (\\d+), column \\d+\\.\\s+Encountered: \"(.*?)\"");
    private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile("Found\\s+\"(.*?)\"");
    private static final java.util.regex.Pattern ENCOUNTERED = java.util.regex.Pattern.compile(
            "Encountered unexpected token: \"(.*?)\".*?at line (\\d+)", java.util.regex.Pattern.DOTALL);

    /** Where the parser gave up: the token it found (its problem's range starts one token before). */
    private void unreadable(List<Problem> problems, String whereJa, String whereEn) {
        int line = 1;
        String token = "?";
        for (Problem p : problems) {
            var lexical = LEXICAL.matcher(p.getMessage());
            if (lexical.find()) {
                line = Integer.parseInt(lexical.group(1));
                token = lexical.group(2);
                break;
            }
            var encountered = ENCOUNTERED.matcher(p.getMessage());
            if (encountered.find()) {
                token = encountered.group(1);
                line = Integer.parseInt(encountered.group(2));
                break;
            }
            var begin = p.getLocation().map(r -> r.getBegin());
            if (begin.isPresent()) {
                JavaToken at = begin.get();
                var found = FOUND.matcher(p.getMessage());
                if (found.find()) {
                    token = found.group(1);
                    JavaToken next = at;
                    while (next.getNextToken().isPresent()) {
                        next = next.getNextToken().get();
                        if (!next.getCategory().isWhitespaceOrComment()) {
                            at = next;
                            break;
                        }
                    }
                } else {
                    token = at.getText();
                }
                line = at.getRange().map(r -> r.begin.line).orElse(1);
                break;
            }
            var found = FOUND.matcher(p.getMessage());
            if (found.find()) {
                token = found.group(1);
                break;
            }
        }
        sink.refuse(line, token.isBlank() ? "?" : token.strip(), Reason.UNREADABLE, whereJa, whereEn);
    }

    private void refuse(Node node, String token, Reason reason) {
        refusals++;
        int line = node.getRange().map(r -> r.begin.line).orElse(1);
        sink.refuse(line, token, reason, null, null);
    }

    /** Whether checking ran into a refusal: then what is built on it (a call on a refused receiver) is not looked at. */
    private boolean refusedSince(int before) {
        return refusals > before;
    }

    // ---------------------------------------------------------------- statements

    private void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            b.getStatements().forEach(this::statement);
        } else if (s instanceof ExpressionStmt e) {
            expression(e.getExpression());
        } else if (s instanceof IfStmt i) {
            expression(i.getCondition());
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(this::expression);
        } else if (s instanceof EmptyStmt) {
            return;
        } else if (s instanceof WhileStmt) {
            refuse(s, "while", Reason.LOOP);
        } else if (s instanceof DoStmt) {
            refuse(s, "do", Reason.LOOP);
        } else if (s instanceof ForStmt || s instanceof ForEachStmt) {
            refuse(s, "for", Reason.LOOP);
        } else if (s instanceof LabeledStmt l) {
            refuse(s, l.getLabel().asString() + ":", Reason.LOOP);
        } else if (s instanceof BreakStmt || s instanceof ContinueStmt) {
            refuse(s, s instanceof BreakStmt ? "break" : "continue", Reason.LOOP);
        } else if (s instanceof TryStmt) {
            refuse(s, "try", Reason.EXCEPTIONS);
        } else if (s instanceof ThrowStmt) {
            refuse(s, "throw", Reason.EXCEPTIONS);
        } else if (s instanceof SynchronizedStmt) {
            refuse(s, "synchronized", Reason.SYNCHRONIZED);
        } else if (s instanceof SwitchStmt) {
            refuse(s, "switch", Reason.STATEMENT);
        } else {
            refuse(s, firstWord(s), Reason.STATEMENT);
        }
    }

    private static String firstWord(Node n) {
        String text = n.toString().strip();
        int end = 0;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end == 0 ? text.substring(0, Math.min(12, text.length())) : text.substring(0, end);
    }

    // ---------------------------------------------------------------- expressions

    private void expression(Expression e) {
        if (e instanceof TextBlockLiteralExpr) {
            refuse(e, "\"\"\"", Reason.TEXT_BLOCK);
        } else if (e instanceof StringLiteralExpr || e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
                || e instanceof DoubleLiteralExpr || e instanceof CharLiteralExpr || e instanceof BooleanLiteralExpr
                || e instanceof NullLiteralExpr) {
            return;
        } else if (e instanceof NameExpr n) {
            name(n);
        } else if (e instanceof FieldAccessExpr f) {
            fieldAccess(f);
        } else if (e instanceof MethodCallExpr m) {
            call(m);
        } else if (e instanceof ObjectCreationExpr o) {
            creation(o);
        } else if (e instanceof BinaryExpr b) {
            expression(b.getLeft());
            expression(b.getRight());
        } else if (e instanceof UnaryExpr u) {
            boolean step = u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.MINUS
                    && u.getOperator() != UnaryExpr.Operator.PLUS && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT;
            if (step && !(u.getExpression() instanceof NameExpr target && locals.contains(name(target.getNameAsString())))) {
                refuse(e, u.toString(), Reason.ASSIGNMENT); // ++ / -- rewrite what they name, like =
            } else {
                expression(u.getExpression());
            }
        } else if (e instanceof ConditionalExpr c) {
            expression(c.getCondition());
            expression(c.getThenExpr());
            expression(c.getElseExpr());
        } else if (e instanceof EnclosedExpr en) {
            expression(en.getInner());
        } else if (e instanceof AssignExpr a) {
            if (a.getTarget() instanceof NameExpr target && locals.contains(name(target.getNameAsString()))) {
                expression(a.getValue());
            } else {
                refuse(e, a.getTarget().toString() + " " + a.getOperator().asString(), Reason.ASSIGNMENT);
            }
        } else if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                type(d.getType());
                d.getInitializer().ifPresent(this::expression); // checked even under a refused type: its own constructs
                locals.add(name(d.getNameAsString()));
            }
        } else if (e instanceof CastExpr c) {
            if (type(c.getType())) {
                expression(c.getExpression());
            }
        } else if (e instanceof InstanceOfExpr i) {
            expression(i.getExpression());
            type(i.getType());
            i.getPattern().ifPresent(p -> {
                if (p instanceof TypePatternExpr t) {
                    locals.add(name(t.getNameAsString()));
                }
            });
        } else if (e instanceof ThisExpr) {
            if (kind != Kind.CONSTRAINT) {
                refuse(e, "this", Reason.THIS);
            }
        } else if (e instanceof ArrayAccessExpr a) {
            expression(a.getName());
            expression(a.getIndex());
        } else if (e instanceof LambdaExpr) {
            refuse(e, "->", Reason.LAMBDA);
        } else if (e instanceof MethodReferenceExpr) {
            refuse(e, "::", Reason.LAMBDA);
        } else if (e instanceof ClassExpr) {
            refuse(e, ".class", Reason.CLASS_LITERAL);
        } else if (e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) {
            refuse(e, e instanceof ArrayCreationExpr ? "new " + ((ArrayCreationExpr) e).getElementType() + "[]" : "{…}",
                    Reason.ARRAY);
        } else {
            refuse(e, firstWord(e), Reason.EXPRESSION);
        }
    }

    /** Invisible characters (U+200B …) are dropped by javac from a name: compare names as javac sees them. */
    private static String name(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isIdentifierIgnorable(c) && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private boolean isVariable(String n) {
        return locals.contains(n) || scope.bindings().contains(n);
    }

    /** In a constraint, a name not bound is the pattern's own property ({@code value}, {@code size}). */
    private boolean isPatternMember(String n, boolean call) {
        return kind == Kind.CONSTRAINT
                && (scope.patternType() != null || scope.declaredPatternType() != null)
                && vocabulary.memberOf(scope.patternType(), scope.declaredPatternType(), n, call);
    }

    private void name(NameExpr e) {
        String n = name(e.getNameAsString());
        if (isVariable(n) || isPatternMember(n, false)) {
            return;
        }
        if (scope.refusedNames().contains(n)) {
            refusals++; // a global: refused where it is declared
            return;
        }
        if (Reason.SESSION_NAMES.contains(n)) {
            refuse(e, n, Reason.SESSION);
        } else if (Character.isUpperCase(n.charAt(0)) && (vocabulary.named(n) != null || vocabulary.isDeclared(n))) {
            return; // a type's name standing alone: the compiler has the last word
        } else if (Character.isUpperCase(n.charAt(0))) {
            refuse(e, n, Reason.of(n, Reason.UNKNOWN_TYPE)); // a type: java.lang's would be in reach
        } else if (Reason.of(n, null) != null) {
            refuse(e, n, Reason.of(n, null));
        }
        // Any other lower-case name is no variable, no property and no type a rule could import: the
        // compiler refuses it with its own "name not found", which tells a typo better than the guard could.
    }

    /** What a scope denotes: a type (its class), a refused type (already reported), or a value (null). */
    private static final Class<?> REFUSED = Void.class;

    private Class<?> typeOf(Expression scopeExpr) {
        List<String> chain = nameChain(scopeExpr);
        if (chain == null) {
            return null;
        }
        String root = chain.get(0);
        if (isVariable(root) || isPatternMember(root, false) || Reason.SESSION_NAMES.contains(root)) {
            return null;
        }
        if (scope.refusedNames().contains(root)) {
            refusals++; // a global or function: refused where it is declared
            return REFUSED;
        }
        if (chain.size() == 1) {
            if (!Character.isUpperCase(root.charAt(0))) {
                return null; // a lower-case unknown name: reported as a name
            }
            Class<?> type = vocabulary.named(root);
            if (type == null) {
                refuse(scopeExpr, root, Reason.of(root, Reason.UNKNOWN_TYPE));
                return REFUSED;
            }
            return type;
        }
        // a.b.C: a package and a type (java.util.List, jp.advisor.facts.Cell) or a type and its member (Cell.OUTCOME)
        if (Character.isUpperCase(root.charAt(0))) {
            return null; // Type.FIELD: the field access resolves it
        }
        int firstType = -1;
        for (int i = 1; i < chain.size(); i++) {
            if (Character.isUpperCase(chain.get(i).charAt(0))) {
                firstType = i;
                break;
            }
        }
        if (firstType < 0) {
            refuse(scopeExpr, String.join(".", chain), Reason.QUALIFIED);
            return REFUSED;
        }
        String qualified = String.join(".", chain.subList(0, firstType + 1));
        Class<?> type = vocabulary.named(qualified);
        if (type == null) {
            refuse(scopeExpr, qualified, Reason.of(chain.get(firstType), Reason.QUALIFIED));
            return REFUSED;
        }
        return firstType == chain.size() - 1 ? type : null; // else a member of it: the field access checks that
    }

    /** {@code a.b.c} as its names, or null when it is not names only. */
    private static List<String> nameChain(Expression e) {
        if (e instanceof NameExpr n) {
            return new java.util.ArrayList<>(List.of(name(n.getNameAsString())));
        }
        if (e instanceof FieldAccessExpr f && f.getTypeArguments().isEmpty()) {
            List<String> head = nameChain(f.getScope());
            if (head != null) {
                head.add(name(f.getNameAsString()));
            }
            return head;
        }
        return null;
    }

    private void fieldAccess(FieldAccessExpr f) {
        String member = name(f.getNameAsString());
        List<String> chain = nameChain(f);
        if (chain != null && !isVariable(chain.get(0)) && !isPatternMember(chain.get(0), false)
                && !Character.isUpperCase(chain.get(0).charAt(0)) && !Reason.SESSION_NAMES.contains(chain.get(0))
                && typeOf(f) != null) {
            return; // a package-qualified type (java.io.File), allowed or refused
        }
        Class<?> type = typeOf(f.getScope());
        if (type == REFUSED) {
            return;
        }
        if (type != null) {
            if (!vocabulary.staticField(type, member)) {
                refuse(f, type.getSimpleName() + "." + member, Reason.of(member, Reason.UNKNOWN_PROPERTY));
            }
            return;
        }
        if (f.getScope() instanceof NameExpr n && vocabulary.isDeclared(name(n.getNameAsString()))) {
            refuse(f, n.getNameAsString() + "." + member, Reason.UNKNOWN_PROPERTY);
            return;
        }
        int before = refusals;
        expression(f.getScope());
        if (!refusedSince(before) && !vocabulary.property(member)) {
            refuse(f.getName(), member, Reason.of(member, Reason.UNKNOWN_PROPERTY));
        }
    }

    private void call(MethodCallExpr m) {
        String method = name(m.getNameAsString());
        m.getTypeArguments().ifPresent(args -> args.forEach(this::type));
        Optional<Expression> receiver = m.getScope();
        if (receiver.isEmpty()) {
            if (!unqualifiedCallAllowed(m, method)) {
                return;
            }
        } else {
            Class<?> type = typeOf(receiver.get());
            if (type == REFUSED) {
                return;
            }
            if (type != null) {
                if (!vocabulary.staticMethod(type, method)) {
                    refuse(m.getName(), type.getSimpleName() + "." + method, Reason.of(method, Reason.UNKNOWN_METHOD));
                    return;
                }
            } else {
                int before = refusals;
                expression(receiver.get());
                if (refusedSince(before)) {
                    return;
                }
                if (!vocabulary.instanceMethod(method)) {
                    refuse(m.getName(), method, Reason.of(method, Reason.UNKNOWN_METHOD));
                    return;
                }
            }
        }
        m.getArguments().forEach(this::expression);
    }

    private boolean unqualifiedCallAllowed(MethodCallExpr m, String method) {
        if (scope.refusedNames().contains(method)) {
            refusals++; // a function: refused where it is declared
            return false;
        }
        if (scope.staticImports().contains(method) || isPatternMember(method, true)) {
            return true;
        }
        if (kind == Kind.CONSEQUENCE && ENGINE_CALLS.contains(method)) {
            if (method.equals("update") && !scope.reFireGuarded() && m.getArguments().size() == 1
                    && m.getArgument(0) instanceof NameExpr n && scope.matched().contains(name(n.getNameAsString()))) {
                refuse(m, "update(" + n.getNameAsString() + ")", Reason.REFIRE);
                return false;
            }
            return true;
        }
        refuse(m, method, Reason.of(method, Reason.UNKNOWN_METHOD));
        return false;
    }

    private void creation(ObjectCreationExpr o) {
        if (o.getAnonymousClassBody().isPresent()) {
            refuse(o, "new " + o.getType().getNameAsString() + "() { … }", Reason.NEW);
            return;
        }
        ClassOrInterfaceType t = o.getType();
        String typeName = t.getScope().isPresent() ? t.getNameWithScope() : t.getNameAsString();
        typeName = name(typeName);
        boolean declared = vocabulary.isDeclared(typeName);
        Class<?> type = declared ? null : vocabulary.named(typeName);
        if (o.getScope().isPresent() || !declared && (type == null || !Vocabulary.isFact(type))) {
            String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
            Reason reason = Reason.of(simple, typeName.contains(".") ? Reason.QUALIFIED : Reason.NEW);
            refuse(o, typeName.contains(".") ? typeName : simple, reason);
            return;
        }
        t.getTypeArguments().ifPresent(args -> args.forEach(this::type));
        o.getArguments().forEach(this::expression);
    }

    /** A type written in the code: a local's, a cast's, a generic argument. False when refused. */
    private boolean type(Type t) {
        if (t instanceof PrimitiveType || t instanceof VarType) {
            return true;
        }
        if (t instanceof ArrayType a) {
            return type(a.getComponentType());
        }
        if (t instanceof WildcardType w) {
            return w.getExtendedType().map(this::type).orElse(true) && w.getSuperType().map(this::type).orElse(true);
        }
        if (t instanceof ClassOrInterfaceType c) {
            String typeName = name(c.getScope().isPresent() ? c.getNameWithScope() : c.getNameAsString());
            if (!vocabulary.isDeclared(typeName) && vocabulary.named(typeName) == null) {
                String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
                refuse(t, typeName, Reason.of(simple, typeName.contains(".") ? Reason.QUALIFIED : Reason.UNKNOWN_TYPE));
                return false;
            }
            boolean ok = true;
            for (Type arg : c.getTypeArguments().orElse(new com.github.javaparser.ast.NodeList<>())) {
                ok &= type(arg);
            }
            return ok;
        }
        refuse(t, t.asString(), Reason.UNKNOWN_TYPE);
        return false;
    }
}
