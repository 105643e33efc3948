namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class Parser
{
    private static readonly string[] UnsupportedClauses = ["CALL", "FINISH", "USING", "INSERT", "FILTER", "LET", "NEXT"];

    /// <summary>openCypher "Clause" (ReadingClause | UpdatingClause | With | Return).</summary>
    private Clause ParseClause()
    {
        var pos = Here;
        Clause clause;
        if (AtKeyword("MATCH") || AtKeyword("OPTIONAL")) clause = ParseMatch();
        else if (AtKeyword("UNWIND")) clause = ParseUnwind();
        else if (AtKeyword("WITH")) clause = ParseWith();
        else if (AtKeyword("RETURN")) clause = ParseReturn();
        else if (AtKeyword("CREATE")) clause = ParseCreate();
        else if (AtKeyword("MERGE")) clause = ParseMerge();
        else if (AtKeyword("SET")) clause = ParseSet();
        else if (AtKeyword("REMOVE")) clause = ParseRemove();
        else if (AtKeyword("DELETE") || AtKeyword("DETACH") || AtKeyword("NODETACH")) clause = ParseDelete();
        else if (AtKeyword("FOREACH")) clause = ParseForeach();
        else if (AtKeyword("CALL") && (PeekToken(1).IsSymbol("{") || PeekToken(1).IsSymbol("("))) clause = ParseCallSubquery();
        else if (AtKeyword("LOAD")) clause = ParseLoadCsv();
        else if (AtKeyword("CALL") && PeekToken(1).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier) clause = ParseProcedureCall();
        else
        {
            foreach (var keyword in UnsupportedClauses)
                if (AtKeyword(keyword))
                    throw Errors.Unsupported(keyword.ToUpperInvariant(), Current);
            throw Expected("a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE)");
        }
        return clause with { Pos = pos };
    }

    /// <summary>openCypher "LoadCSV": LOAD CSV [WITH HEADERS] FROM Expression AS Variable [FIELDTERMINATOR StringLiteral].</summary>
    private LoadCsvClause ParseLoadCsv()
    {
        ExpectKeyword("LOAD");
        ExpectKeyword("CSV");
        var headers = false;
        if (TryConsumeKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            headers = true;
        }
        ExpectKeyword("FROM");
        var source = ParseExpression();
        ExpectKeyword("AS");
        var variable = ParseSymbolicName("a variable");
        var terminator = ',';
        if (AtKeyword("FIELDTERMINATOR"))
        {
            var at = Take();
            if (Current.Kind != TokenKind.String || Current.Value is not string { Length: 1 } text) throw Errors.FieldTerminator(at);
            Take();
            terminator = text[0];
        }
        return new LoadCsvClause(headers, source, variable, terminator);
    }

    /// <summary>
    /// openCypher "InQueryCall" / "StandaloneCall": CALL ProcedureName ['(' [Expression (',' Expression)*] ')']
    /// [YIELD ('*' | ProcedureResultField [AS Variable] (',' ...)* [Where])]. <c>CALL {</c> is a subquery, not this.
    /// </summary>
    private ProcedureCallClause ParseProcedureCall()
    {
        ExpectKeyword("CALL");
        var name = ParseSymbolicName("a procedure name");
        while (TryConsumeSymbol(".")) name += "." + ParseSymbolicName("a procedure name");
        List<Expr>? args = null;
        if (TryConsumeSymbol("("))
        {
            args = [];
            if (!Current.IsSymbol(")"))
            {
                do args.Add(ParseExpression());
                while (TryConsumeSymbol(","));
            }
            ExpectSymbol(")");
        }
        if (!TryConsumeKeyword("YIELD")) return new ProcedureCallClause(name, args, null, false, null);
        if (TryConsumeSymbol("*")) return new ProcedureCallClause(name, args, null, true, null);
        var items = new List<YieldItem>();
        do
        {
            var column = ParseSymbolicName("a procedure result column");
            items.Add(new YieldItem(column, TryConsumeKeyword("AS") ? ParseSymbolicName("a variable") : column));
        }
        while (TryConsumeSymbol(","));
        var where = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
        return new ProcedureCallClause(name, args, items, false, where);
    }

    /// <summary>Neo4j 5 "ShowConstraintsCommand" / "ShowIndexesCommand": SHOW [ALL] CONSTRAINTS | INDEXES.</summary>
    private ShowSchemaClause ParseShowSchema()
    {
        var show = Take();
        TryConsumeKeyword("ALL");
        if (TryConsumeKeyword("CONSTRAINTS") || TryConsumeKeyword("CONSTRAINT")) return new ShowSchemaClause(Indexes: false);
        if (TryConsumeKeyword("INDEXES") || TryConsumeKeyword("INDEX")) return new ShowSchemaClause(Indexes: true);
        throw Errors.Unsupported($"SHOW {Current.Text.ToUpperInvariant()}", show);
    }

    /// <summary>openCypher "Foreach": FOREACH '(' Variable IN Expression '|' UpdatingClause+ ')'.</summary>
    private ForeachClause ParseForeach()
    {
        ExpectKeyword("FOREACH");
        ExpectSymbol("(");
        var variable = ParseSymbolicName("a variable name");
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectSymbol("|");
        var updates = new List<Clause>();
        do
        {
            var pos = Here;
            if (!(AtKeyword("CREATE") || AtKeyword("MERGE") || AtKeyword("SET") || AtKeyword("REMOVE") || AtKeyword("DELETE")
                || AtKeyword("DETACH") || AtKeyword("NODETACH") || AtKeyword("FOREACH")))
                throw Expected("an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)");
            updates.Add(ParseClause() with { Pos = pos });
        }
        while (!Current.IsSymbol(")"));
        ExpectSymbol(")");
        return new ForeachClause(variable, source, updates);
    }

    /// <summary>
    /// Neo4j 5 "CallSubquery": CALL [ '(' ( '*' | Variable (',' Variable)* )? ')' ] '{' query '}'
    /// [IN TRANSACTIONS [OF Expression ROW[S]]].
    /// </summary>
    private CallSubqueryClause ParseCallSubquery()
    {
        ExpectKeyword("CALL");
        List<string>? scope = null;
        var all = false;
        if (TryConsumeSymbol("("))
        {
            scope = [];
            if (TryConsumeSymbol("*")) all = true;
            else if (!Current.IsSymbol(")"))
            {
                do scope.Add(ParseSymbolicName("a variable name"));
                while (TryConsumeSymbol(","));
            }
            ExpectSymbol(")");
        }
        var body = ParseSubqueryBody();
        InTransactions? transactions = null;
        if (AtKeywords("IN", "TRANSACTIONS"))
        {
            var pos = Here;
            _index += 2;
            Expr? size = null;
            if (TryConsumeKeyword("OF"))
            {
                size = ParseExpression();
                if (!TryConsumeKeyword("ROWS")) ExpectKeyword("ROW");
            }
            if (AtKeyword("ON") || AtKeyword("REPORT")) throw Errors.Unsupported($"IN TRANSACTIONS {Current.Text.ToUpperInvariant()}", Current);
            transactions = new InTransactions(size, pos);
        }
        return new CallSubqueryClause(body, scope, all, transactions);
    }

    /// <summary>openCypher "Match": [OPTIONAL] MATCH Pattern [Where].</summary>
    private MatchClause ParseMatch()
    {
        var optional = TryConsumeKeyword("OPTIONAL");
        ExpectKeyword("MATCH");
        if (AtKeyword("SHORTEST") || AtKeyword("ANY") || AtKeyword("ALL") || AtKeyword("REPEATABLE") || AtKeyword("DIFFERENT"))
            throw Errors.Unsupported($"MATCH {Current.Text.ToUpperInvariant()}", Current);
        var patterns = ParsePattern();
        if (AtKeyword("USING")) throw Errors.Unsupported("USING (planner hints)", Current);
        var where = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, patterns, where);
    }

    /// <summary>openCypher "Unwind": UNWIND Expression AS Variable.</summary>
    private UnwindClause ParseUnwind()
    {
        ExpectKeyword("UNWIND");
        var source = ParseExpression();
        ExpectKeyword("AS");
        return new UnwindClause(source, ParseSymbolicName("a variable name"));
    }

    /// <summary>openCypher "With": WITH ProjectionBody [Where].</summary>
    private WithClause ParseWith()
    {
        ExpectKeyword("WITH");
        var projection = ParseProjectionBody();
        var where = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
        return new WithClause(projection, where);
    }

    /// <summary>openCypher "Return": RETURN ProjectionBody.</summary>
    private ReturnClause ParseReturn()
    {
        ExpectKeyword("RETURN");
        return new ReturnClause(ParseProjectionBody());
    }

    /// <summary>openCypher "ProjectionBody": [DISTINCT] ProjectionItems [Order] [Skip] [Limit].</summary>
    private Projection ParseProjectionBody()
    {
        var distinct = TryConsumeKeyword("DISTINCT");
        var star = false;
        var items = new List<ProjectionItem>();
        if (TryConsumeSymbol("*"))
        {
            star = true;
            if (!TryConsumeSymbol(",")) return ParseProjectionTail(distinct, star, items);
        }
        do
        {
            var start = Current.Offset;
            var expr = ParseExpression();
            var text = TextBetween(start, PreviousEnd);
            if (TryConsumeKeyword("AS")) items.Add(new ProjectionItem(expr, ParseSymbolicName("an alias"), true, text));
            else items.Add(new ProjectionItem(expr, text, false, text));
        }
        while (TryConsumeSymbol(","));
        return ParseProjectionTail(distinct, star, items);
    }

    private Projection ParseProjectionTail(bool distinct, bool star, List<ProjectionItem> items)
    {
        var order = new List<OrderItem>();
        if (TryConsumeKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var start = Current.Offset;
                var expr = ParseExpression();
                var text = TextBetween(start, PreviousEnd);
                var descending = false;
                if (TryConsumeKeyword("DESC") || TryConsumeKeyword("DESCENDING")) descending = true;
                else if (!TryConsumeKeyword("ASC")) TryConsumeKeyword("ASCENDING");
                order.Add(new OrderItem(expr, descending, text));
            }
            while (TryConsumeSymbol(","));
        }
        var skip = TryConsumeKeyword("SKIP") || TryConsumeKeyword("OFFSET") ? ParseExpression() : null;
        var limit = TryConsumeKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, order, skip, limit);
    }

    /// <summary>openCypher "Create": CREATE Pattern.</summary>
    private CreateClause ParseCreate()
    {
        ExpectKeyword("CREATE");
        var patterns = ParsePattern();
        RejectShortestPath(patterns, "CREATE");
        return new CreateClause(patterns);
    }

    /// <summary>openCypher "Merge": MERGE PatternPart (ON MATCH SetClause | ON CREATE SetClause)*.</summary>
    private MergeClause ParseMerge()
    {
        ExpectKeyword("MERGE");
        var pattern = ParsePatternPart();
        RejectShortestPath([pattern], "MERGE");
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (TryConsumeKeyword("ON"))
        {
            List<SetItem> target;
            if (TryConsumeKeyword("CREATE")) target = onCreate;
            else if (TryConsumeKeyword("MATCH")) target = onMatch;
            else throw Expected("CREATE or MATCH after ON");
            ExpectKeyword("SET");
            target.AddRange(ParseSetItems());
        }
        return new MergeClause(pattern, onCreate, onMatch);
    }

    /// <summary>openCypher "Set": SET SetItem (',' SetItem)*.</summary>
    private SetClause ParseSet()
    {
        ExpectKeyword("SET");
        return new SetClause(ParseSetItems());
    }

    /// <summary>openCypher "SetItem": PropertyExpression = Expr | Variable = Expr | Variable += Expr | Variable NodeLabels.</summary>
    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            var pos = Here;
            var start = ParsePropertyTarget(out var variable);
            SetItem item;
            if (start is PropertyAccess property)
            {
                ExpectSymbol("=");
                item = new SetProperty(property.Target, property.Key, ParseExpression());
            }
            else if (variable is null) throw Errors.Expected("a variable or a property (n.prop)", _tokens[_index - 1]);
            else if (TryConsumeSymbol("=")) item = new SetAllProperties(variable, ParseExpression(), false);
            else if (TryConsumeSymbol("+=")) item = new SetAllProperties(variable, ParseExpression(), true);
            else if (Current.IsSymbol(":") || AtKeyword("IS")) item = new SetLabels(variable, ParseLabels(allowIs: true));
            else throw Expected("'=', '+=', ':' or a property after the variable");
            items.Add(item with { Pos = pos });
        }
        while (TryConsumeSymbol(","));
        return items;
    }

    /// <summary>The target of SET/REMOVE: a variable or a property lookup chain on one.</summary>
    private Expr ParsePropertyTarget(out string? variable)
    {
        var pos = Here;
        Expr target;
        variable = null;
        if (TryConsumeSymbol("("))
        {
            target = ParseExpression();
            ExpectSymbol(")");
        }
        else
        {
            variable = ParseSymbolicName("a variable name");
            target = new Variable(variable) { Pos = pos };
        }
        var mark = _nesting;
        while (Current.IsSymbol("."))
        {
            Deeper();
            Take();
            var keyPos = Here;
            target = new PropertyAccess(target, ParsePropertyKeyName()) { Pos = keyPos };
            variable = null;
        }
        _nesting = mark;
        return target;
    }

    /// <summary>openCypher "Remove": REMOVE (Variable NodeLabels | PropertyExpression), ...</summary>
    private RemoveClause ParseRemove()
    {
        ExpectKeyword("REMOVE");
        var items = new List<SetItem>();
        do
        {
            var pos = Here;
            var target = ParsePropertyTarget(out var variable);
            SetItem item = target is PropertyAccess property
                ? new RemoveProperty(property.Target, property.Key)
                : variable is not null && (Current.IsSymbol(":") || AtKeyword("IS"))
                    ? new RemoveLabels(variable, ParseLabels(allowIs: true))
                    : throw Expected("a property (n.prop) or labels (n:Label) to remove");
            items.Add(item with { Pos = pos });
        }
        while (TryConsumeSymbol(","));
        return new RemoveClause(items);
    }

    /// <summary>openCypher "Delete": [DETACH] DELETE Expression (',' Expression)*.</summary>
    private DeleteClause ParseDelete()
    {
        var detach = TryConsumeKeyword("DETACH");
        if (!detach) TryConsumeKeyword("NODETACH");
        ExpectKeyword("DELETE");
        var targets = new List<Expr> { ParseExpression() };
        while (TryConsumeSymbol(",")) targets.Add(ParseExpression());
        return new DeleteClause(detach, targets);
    }

    /// <summary>Neo4j 5: CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (v:Label) REQUIRE v.prop IS UNIQUE.</summary>
    private CreateConstraintClause ParseCreateConstraint()
    {
        var pos = Here;
        ExpectKeyword("CREATE");
        ExpectKeyword("CONSTRAINT");
        string? name = null;
        if (!AtKeyword("FOR") && !AtKeyword("IF") && !AtKeyword("ON")) name = ParseSymbolicName("a constraint name");
        var ifNotExists = false;
        if (TryConsumeKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }
        if (AtKeyword("ON")) throw Errors.OldConstraintSyntax(Current);
        ExpectKeyword("FOR");
        ExpectSymbol("(");
        var variable = ParseSymbolicName("a variable name");
        if (!Current.IsSymbol(":"))
        {
            if (Current.IsSymbol(")") && PeekToken(1).IsSymbol("-")) throw Errors.Unsupported("relationship property constraints", Current);
            throw Expected("':' and a label");
        }
        Take();
        var label = ParseSymbolicName("a label");
        ExpectSymbol(")");
        ExpectKeyword("REQUIRE");
        if (Current.IsSymbol("(")) throw Errors.Unsupported("composite constraints", Current);
        var owner = ParseSymbolicName("a variable name");
        if (owner != variable) throw Errors.VariableNotDefined(owner, new SourcePos(_tokens[_index - 1].Line, _tokens[_index - 1].Column));
        ExpectSymbol(".");
        var property = ParsePropertyKeyName();
        ExpectKeyword("IS");
        if (AtKeyword("NODE") || AtKeyword("NOT") || AtKeyword("KEY") || AtKeyword("TYPED") || Current.IsSymbol(":"))
            throw Errors.Unsupported($"IS {Current.Text.ToUpperInvariant()} constraints", Current);
        ExpectKeyword("UNIQUE");
        if (AtKeyword("OPTIONS")) throw Errors.Unsupported("constraint OPTIONS", Current);
        return new CreateConstraintClause(name, ifNotExists, label, property) { Pos = pos };
    }

    /// <summary>Neo4j 5: DROP CONSTRAINT name [IF EXISTS].</summary>
    private DropConstraintClause ParseDropConstraint()
    {
        var pos = Here;
        ExpectKeyword("DROP");
        ExpectKeyword("CONSTRAINT");
        if (AtKeyword("ON")) throw Errors.OldDropConstraintSyntax(Current);
        var name = ParseSymbolicName("a constraint name");
        var ifExists = false;
        if (TryConsumeKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return new DropConstraintClause(name, ifExists) { Pos = pos };
    }
}
