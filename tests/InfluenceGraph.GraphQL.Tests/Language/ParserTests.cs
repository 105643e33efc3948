using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static GraphQLSyntaxException ParseError(string source) => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

    [Fact]
    public void Parser_ShorthandQuery_IsAnonymousQuery()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse("{ a }").Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Fact]
    public void Parser_FullOperation_BuildsEveryPart()
    {
        var document = Parser.Parse("""
            "Described" mutation M($id: ID! = "1" @dir, $list: [[Int!]]) @op {
              alias: field(a: $id, b: [1, 2.5, "s", true, null, ENUM, {x: {y: []}}]) @skip(if: false) {
                ...Frag @include(if: true)
                ... on T { x }
                ... @dir { y }
              }
            }
            """);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Mutation, operation.Operation);
        Assert.Equal("Described", operation.Description?.Value);
        Assert.Equal("M", operation.Name?.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        Assert.Equal("ID!", operation.VariableDefinitions[0].Type.ToString());
        Assert.Equal("[[Int!]]", operation.VariableDefinitions[1].Type.ToString());
        Assert.Equal("\"1\"", Printer.Print(operation.VariableDefinitions[0].DefaultValue!));
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal("[1, 2.5, \"s\", true, null, ENUM, { x: { y: [] } }]", Printer.Print(field.Arguments[1].Value));
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]).TypeCondition?.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[2]).TypeCondition);
        Assert.Equal(new SourceLocation(2, 3), field.Location);
    }

    [Fact]
    public void Parser_FragmentDefinition_HasTypeCondition()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("\"doc\" fragment F on User @d { id }").Definitions[0]);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Equal("doc", fragment.Description?.Value);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("{ hero { name }", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("query { a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 15)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("{ a(b: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    public void Parser_InvalidDocument_ReportsMessageAndPosition(string source, string message, int line, int column)
    {
        var error = ParseError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Parser_TypeSystemDocument_BuildsDefinitions()
    {
        var document = Parser.Parse("""
            "The schema" schema @d { query: Q mutation: M }
            "A scalar" scalar Date @specifiedBy(url: "https://example.com")
            type Q implements & A & B @d { "f" f("arg" a: Int = 1 @deprecated): [String!]! @deprecated(reason: "x") }
            interface A implements B { f: Int }
            union U @d = | X | Y
            enum E { ONE "two" TWO @deprecated }
            input I @oneOf { a: Int = 1, b: [String] }
            "dir" directive @d(a: Int) repeatable on FIELD_DEFINITION | OBJECT
            extend type Q { g: Int }
            extend schema @d
            extend union U = Z
            """);
        Assert.Equal(11, document.Definitions.Count);
        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal("[String!]!", field.Type.ToString());
        Assert.Equal("arg", field.Arguments[0].Description?.Value);
        Assert.Equal(["X", "Y"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]).Types.Select(t => t.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.True(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[8]).IsExtension);
        Assert.True(Assert.IsType<SchemaDefinitionNode>(document.Definitions[9]).IsExtension);
    }

    [Theory]
    [InlineData("enum E { true }", "Syntax Error: true is reserved and cannot be used for an enum value.")]
    [InlineData("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".")]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("\"d\" extend type T { a: Int }", "Syntax Error: Unexpected description, descriptions are not supported on type extensions.")]
    public void Parser_InvalidTypeSystemDocument_ReportsError(string source, string message) =>
        Assert.Equal(message, ParseError(source).Message);

    [Fact]
    public void Parser_BlockStringValue_IsMarkedBlock()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n  text\n\"\"\""));
        Assert.True(value.Block);
        Assert.Equal("text", value.Value);
    }

    [Fact]
    public void Parser_ParseType_ReadsWrappers()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[ID!]!"));
        Assert.Equal("[ID!]!", type.ToString());
    }
}
