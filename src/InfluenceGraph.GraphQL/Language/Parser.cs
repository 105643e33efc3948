namespace InfluenceGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser of GraphQL documents (spec 2 Language and 3 Type System), one method per grammar
/// production. Throws <see cref="GraphQLSyntaxException"/> at the first error.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;

    private Parser(string source, int maxTokens)
    {
        _lexer = new Lexer(source, maxTokens);
        _lexer.Advance();
    }

    private Token Current => _lexer.Current;

    /// <summary>Tokens read while parsing (for the token-count limit).</summary>
    public int TokenCount => _lexer.TokenCount;

    public static DocumentNode Parse(string source, int maxTokens = int.MaxValue) => Parse(source, maxTokens, out _);

    public static DocumentNode Parse(string source, int maxTokens, out int tokenCount)
    {
        var parser = new Parser(source, maxTokens);
        var document = parser.ParseDocument();
        tokenCount = parser.TokenCount;
        return document;
    }

    /// <summary>Parses a lone value such as a default value written in SDL or a test fixture.</summary>
    public static ValueNode ParseValue(string source)
    {
        var parser = new Parser(source, int.MaxValue);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone type reference such as "[String!]!".</summary>
    public static TypeNode ParseType(string source)
    {
        var parser = new Parser(source, int.MaxValue);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // 2.2 Document :: Definition+
    private DocumentNode ParseDocument()
    {
        var start = Current.Location;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));

        return new DocumentNode(start, definitions);
    }

    // 2.2 Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Peek() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend" when !hasDescription:
                    return ParseTypeSystemExtension();
                case "extend":
                    throw new GraphQLSyntaxException("Unexpected description, descriptions are not supported on type extensions.", Current.Location);
            }
        }
        else if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw new GraphQLSyntaxException("Unexpected description, descriptions are not supported on shorthand queries.", Current.Location);
        }

        throw Unexpected(keyword);
    }

    // 2.3 OperationDefinition :: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current.Location;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(start, OperationType.Query, null, [], [], ParseSelectionSet());
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode(
            start, operation, name, ParseVariableDefinitions(), ParseDirectives(isConst: false), ParseSelectionSet(), description);
    }

    // 2.3 OperationType :: one of query mutation subscription
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // 2.10 VariablesDefinition :: ( VariableDefinition+ )
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        Optional(TokenKind.ParenL, TokenKind.ParenR, ParseVariableDefinition);

    // 2.10 VariableDefinition :: Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode(start, variable, type, defaultValue, ParseDirectives(isConst: true), description);
    }

    // 2.10 Variable :: $ Name
    private VariableNode ParseVariable()
    {
        var start = Current.Location;
        Expect(TokenKind.Dollar);
        return new VariableNode(start, ParseName());
    }

    // 2.4 SelectionSet :: { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current.Location;
        return new SelectionSetNode(start, Many(TokenKind.BraceL, TokenKind.BraceR, ParseSelection));
    }

    // 2.4 Selection :: Field | FragmentSpread | InlineFragment
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // 2.5 Field :: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = Current.Location;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(start, alias, name, arguments, directives, selectionSet);
    }

    // 2.6 Arguments :: ( Argument+ )
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        Optional(TokenKind.ParenL, TokenKind.ParenR, () => ParseArgument(isConst));

    // 2.6 Argument :: Name : Value
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current.Location;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(start, name, ParseValueLiteral(isConst));
    }

    // 2.8 FragmentSpread :: ... FragmentName Directives?   InlineFragment :: ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = Current.Location;
        Expect(TokenKind.Spread);
        var hasTypeCondition = Current is { Kind: TokenKind.Name, Value: "on" };
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode(start, ParseFragmentName(), ParseDirectives(isConst: false));
        }

        NamedTypeNode? typeCondition = null;
        if (hasTypeCondition)
        {
            _lexer.Advance();
            typeCondition = ParseNamedType();
        }

        return new InlineFragmentNode(start, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet());
    }

    // 2.8 FragmentDefinition :: Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinitionNode(start, name, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet(), description);
    }

    // 2.8 FragmentName :: Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (Current is { Kind: TokenKind.Name, Value: "on" })
        {
            throw Unexpected(Current);
        }

        return ParseName();
    }

    // 2.1.9 Name
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Location, token.Value!);
    }
}
