namespace InfluenceGraph.GraphQL.Language;

public sealed partial class Parser
{
    private bool PeekDescription() => Current.Kind is TokenKind.String or TokenKind.BlockString;

    // 3.2 Description :: StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // 3 TypeSystemDefinition :: SchemaDefinition | TypeDefinition | DirectiveDefinition
    private TypeSystemDefinitionNode ParseTypeSystemDefinition()
    {
        var keyword = PeekDescription() ? _lexer.Peek() : Current;
        return keyword.Value switch
        {
            "schema" => ParseSchemaDefinition(),
            "directive" => ParseDirectiveDefinition(),
            _ => ParseTypeDefinition(isExtension: false),
        };
    }

    // 3.1 TypeSystemExtension :: SchemaExtension | TypeExtension
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Peek();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        return keyword.Value switch
        {
            "schema" => ParseSchemaDefinition(),
            "scalar" or "type" or "interface" or "union" or "enum" or "input" => ParseTypeDefinition(isExtension: true),
            _ => throw Unexpected(keyword),
        };
    }

    // 3.3 SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    // 3.3.1 SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current.Location;
        var isExtension = SkipKeyword("extend");
        var description = isExtension ? null : ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<RootOperationTypeNode> operationTypes = isExtension
            ? Optional(TokenKind.BraceL, TokenKind.BraceR, ParseRootOperationType)
            : Many(TokenKind.BraceL, TokenKind.BraceR, ParseRootOperationType);
        if (isExtension && directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new SchemaDefinitionNode(start, description, directives, operationTypes, isExtension);
    }

    // 3.3 RootOperationTypeDefinition :: OperationType : NamedType
    private RootOperationTypeNode ParseRootOperationType()
    {
        var start = Current.Location;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new RootOperationTypeNode(start, operation, ParseNamedType());
    }

    // 3.4 TypeDefinition :: ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition
    //                       | EnumTypeDefinition | InputObjectTypeDefinition  (and 3.4.3 TypeExtension)
    private TypeDefinitionNode ParseTypeDefinition(bool isExtension)
    {
        var start = Current.Location;
        var description = isExtension ? null : ParseDescription();
        if (isExtension)
        {
            ExpectKeyword("extend");
        }

        var keyword = Expect(TokenKind.Name);
        var name = ParseName();
        TypeDefinitionNode node = keyword.Value switch
        {
            // 3.5 ScalarTypeDefinition :: Description? scalar Name Directives[Const]?
            "scalar" => new ScalarTypeDefinitionNode(start, description, name, ParseDirectives(isConst: true), isExtension),
            // 3.6 ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
            "type" => new ObjectTypeDefinitionNode(
                start, description, name, ParseImplementsInterfaces(), ParseDirectives(isConst: true), ParseFieldsDefinition(), isExtension),
            // 3.7 InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
            "interface" => new InterfaceTypeDefinitionNode(
                start, description, name, ParseImplementsInterfaces(), ParseDirectives(isConst: true), ParseFieldsDefinition(), isExtension),
            // 3.8 UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?
            "union" => new UnionTypeDefinitionNode(
                start, description, name, ParseDirectives(isConst: true), ParseUnionMemberTypes(), isExtension),
            // 3.9 EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?
            "enum" => new EnumTypeDefinitionNode(
                start, description, name, ParseDirectives(isConst: true),
                Optional(TokenKind.BraceL, TokenKind.BraceR, ParseEnumValueDefinition), isExtension),
            // 3.10 InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?
            "input" => new InputObjectTypeDefinitionNode(
                start, description, name, ParseDirectives(isConst: true),
                Optional(TokenKind.BraceL, TokenKind.BraceR, ParseInputValueDefinition), isExtension),
            _ => throw Unexpected(keyword),
        };
        return node;
    }

    // 3.6 ImplementsInterfaces :: ImplementsInterfaces & NamedType | implements &? NamedType
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
        {
            return [];
        }

        Skip(TokenKind.Amp);
        var interfaces = new List<NamedTypeNode> { ParseNamedType() };
        while (Skip(TokenKind.Amp))
        {
            interfaces.Add(ParseNamedType());
        }

        return interfaces;
    }

    // 3.6 FieldsDefinition :: { FieldDefinition+ }
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        Optional(TokenKind.BraceL, TokenKind.BraceR, ParseFieldDefinition);

    // 3.6 FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = Optional(TokenKind.ParenL, TokenKind.ParenR, ParseInputValueDefinition);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(start, description, name, arguments, type, ParseDirectives(isConst: true));
    }

    // 3.6.1 InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode(start, description, name, type, defaultValue, ParseDirectives(isConst: true));
    }

    // 3.8 UnionMemberTypes :: UnionMemberTypes | NamedType | = |? NamedType
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        var types = new List<NamedTypeNode> { ParseNamedType() };
        while (Skip(TokenKind.Pipe))
        {
            types.Add(ParseNamedType());
        }

        return types;
    }

    // 3.9 EnumValueDefinition :: Description? EnumValue Directives[Const]?   (EnumValue :: Name but not true, false or null)
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        if (Current is { Kind: TokenKind.Name, Value: "true" or "false" or "null" })
        {
            throw new GraphQLSyntaxException($"{Current.Value} is reserved and cannot be used for an enum value.", Current.Location);
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(start, description, name, ParseDirectives(isConst: true));
    }

    // 3.13 DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current.Location;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = Optional(TokenKind.ParenL, TokenKind.ParenR, ParseInputValueDefinition);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<NameNode> { ParseDirectiveLocation() };
        while (Skip(TokenKind.Pipe))
        {
            locations.Add(ParseDirectiveLocation());
        }

        return new DirectiveDefinitionNode(start, description, name, arguments, repeatable, locations);
    }

    // 3.13 DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    private NameNode ParseDirectiveLocation()
    {
        var token = Current;
        var name = ParseName();
        if (!DirectiveLocations.IsKnown(name.Value))
        {
            throw Unexpected(token);
        }

        return name;
    }
}
