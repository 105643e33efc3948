namespace InfluenceGraph.GraphQL.Language;

public sealed partial class Parser
{
    // 2.9 Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                _lexer.Advance();
                return new IntValueNode(token.Location, token.Value!);
            case TokenKind.Float:
                _lexer.Advance();
                return new FloatValueNode(token.Location, token.Value!);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(token.Location, true),
                    "false" => new BooleanValueNode(token.Location, false),
                    "null" => new NullValueNode(token.Location),
                    _ => new EnumValueNode(token.Location, token.Value!),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var name = _lexer.Peek();
                    if (name.Kind == TokenKind.Name)
                    {
                        throw new GraphQLSyntaxException($"Unexpected variable \"${name.Value}\" in constant value.", token.Location);
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    // 2.9.4 StringValue
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        _lexer.Advance();
        return new StringValueNode(token.Location, token.Value!, token.Kind == TokenKind.BlockString);
    }

    // 2.9.7 ListValue[Const] :: [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current.Location;
        return new ListValueNode(start, Any(TokenKind.BracketL, TokenKind.BracketR, () => ParseValueLiteral(isConst)));
    }

    // 2.9.8 ObjectValue[Const] :: { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current.Location;
        return new ObjectValueNode(start, Any(TokenKind.BraceL, TokenKind.BraceR, () => ParseObjectField(isConst)));
    }

    // 2.9.8 ObjectField[Const] :: Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current.Location;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode(start, name, ParseValueLiteral(isConst));
    }

    // 2.12 Directives[Const] :: Directive[?Const]+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives;
    }

    // 2.12 Directive[Const] :: @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current.Location;
        Expect(TokenKind.At);
        return new DirectiveNode(start, ParseName(), ParseArguments(isConst));
    }

    // 2.11 Type :: NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = Current.Location;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            type = new ListTypeNode(start, inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(start, type) : type;
    }

    // 2.11 NamedType :: Name
    private NamedTypeNode ParseNamedType()
    {
        var start = Current.Location;
        return new NamedTypeNode(start, ParseName());
    }

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private bool Skip(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new GraphQLSyntaxException($"Expected {TokenKinds.Describe(kind)}, found {token.Describe()}.", token.Location);
        }

        _lexer.Advance();
        return token;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw new GraphQLSyntaxException($"Expected \"{keyword}\", found {token.Describe()}.", token.Location);
        }

        _lexer.Advance();
    }

    private bool SkipKeyword(string keyword)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != keyword)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private static GraphQLSyntaxException Unexpected(Token token) => new($"Unexpected {token.Describe()}.", token.Location);

    /// <summary>open item+ close: at least one item.</summary>
    private List<T> Many<T>(TokenKind open, TokenKind close, Func<T> item)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (!Skip(close));

        return items;
    }

    /// <summary>open item* close.</summary>
    private List<T> Any<T>(TokenKind open, TokenKind close, Func<T> item)
    {
        Expect(open);
        var items = new List<T>();
        while (!Skip(close))
        {
            items.Add(item());
        }

        return items;
    }

    /// <summary>Nothing, or open item+ close.</summary>
    private IReadOnlyList<T> Optional<T>(TokenKind open, TokenKind close, Func<T> item) =>
        Peek(open) ? Many(open, close, item) : [];
}
