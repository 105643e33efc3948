namespace InfluenceGraph.GraphQL.Tests.SchemaTests;

public sealed class SchemaBuilderTests
{
    private static SchemaException BuildError(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder();
        configure(builder);
        return Assert.Throws<SchemaException>(() => builder.Build());
    }

    [Fact]
    public void Build_UnknownTypeReference_NamesFieldAndType() =>
        Assert.Equal(
            "Unknown type \"Relation\" referenced by Query.relations.",
            BuildError(b => b.Object("Query", null, t => t.Field("relations", "[Relation!]!"))).Message);

    [Fact]
    public void Build_UnknownArgumentType_NamesArgument() =>
        Assert.Equal(
            "Unknown type \"Kind\" referenced by Query.a(kind:).",
            BuildError(b => b.Object("Query", null, t => t.Field("a", "Int").Argument("kind", "Kind"))).Message);

    [Fact]
    public void Build_MissingQueryType_IsRejected() =>
        Assert.Equal("Query root type must be provided.", BuildError(b => b.Object("Foo", null, t => t.Field("a", "Int"))).Message);

    [Fact]
    public void Build_EmptyObject_IsRejected() =>
        Assert.Equal("Type Query must define one or more fields.", BuildError(b => b.Object("Query", null, _ => { })).Message);

    [Fact]
    public void Build_EmptyEnum_IsRejected() =>
        Assert.Equal("Enum type E must define one or more values.", BuildError(b => b.Enum("E", null, _ => { }).Object("Query", null, t => t.Field("e", "E"))).Message);

    [Fact]
    public void Build_InputTypeAsFieldType_IsRejected() =>
        Assert.Equal(
            "The type of Query.a must be Output Type but got: I.",
            BuildError(b => b.InputObject("I", null, t => t.Field("x", "Int")).Object("Query", null, t => t.Field("a", "I"))).Message);

    [Fact]
    public void Build_OutputTypeAsArgument_IsRejected() =>
        Assert.Equal(
            "The type of Query.a(o:) must be Input Type but got: [Query].",
            BuildError(b => b.Object("Query", null, t => t.Field("a", "Int").Argument("o", "[Query]"))).Message);

    [Fact]
    public void Object_DuplicateType_IsRejected()
    {
        var builder = new SchemaBuilder().Object("Query", null, t => t.Field("a", "Int"));
        var error = Assert.Throws<SchemaException>(() => builder.Object("Query", null, t => t.Field("b", "Int")));
        Assert.Contains("multiple types named \"Query\"", error.Message);
    }

    [Fact]
    public void Build_BadTypeNotation_IsRejected() =>
        Assert.StartsWith("Type reference \"[Int\" of Query.a is not valid GraphQL", BuildError(b => b.Object("Query", null, t => t.Field("a", "[Int"))).Message);

    [Fact]
    public void Build_MissingInterfaceField_IsRejected() =>
        Assert.Equal(
            "Interface field Node.id expected but Query does not provide it.",
            BuildError(b => b.Interface("Node", null, t => t.Field("id", "ID!")).Object("Query", null, t => t.Implements("Node").Field("a", "Int"))).Message);

    [Fact]
    public void Build_InterfaceFieldWithWrongType_IsRejected() =>
        Assert.Equal(
            "Interface field Node.id expects type ID! but Query.id is type String.",
            BuildError(b => b.Interface("Node", null, t => t.Field("id", "ID!")).Object("Query", null, t => t.Implements("Node").Field("id", "String"))).Message);

    [Fact]
    public void Build_UnionOfScalar_IsRejected() =>
        Assert.Equal(
            "Union type U can only include Object types, it cannot include \"Int\".",
            BuildError(b => b.Union("U", null, "Int").Object("Query", null, t => t.Field("u", "U"))).Message);

    [Fact]
    public void Build_ReservedName_IsRejected() =>
        Assert.Contains("__Bad", BuildError(b => b.Object("__Bad", null, t => t.Field("a", "Int"))).Message);

    [Fact]
    public void Build_OneOfWithRequiredField_IsRejected() =>
        Assert.Equal(
            "OneOf input field I.a must be nullable and have no default value.",
            BuildError(b => b.InputObject("I", null, t => t.Field("a", "Int!").OneOf()).Object("Query", null, t => t.Field("q", "Int").Argument("i", "I"))).Message);

    [Fact]
    public void Build_CovariantInterfaceField_IsAccepted()
    {
        var schema = new SchemaBuilder()
            .Interface("Node", null, t => t.Field("self", "Node"))
            .Object("Query", null, t => t.Implements("Node").Field("self", "Query!"))
            .Build();
        Assert.NotNull(schema.FindType("Node"));
    }

    [Fact]
    public void Build_FloatDefaultGivenAsInt_IsNormalisedToDouble()
    {
        var schema = new SchemaBuilder().Object("Query", null, t => t.Field("a", "Float").Argument("x", "Float", null, 1)).Build();
        var argument = ((GraphQL.Types.ObjectType)schema.FindType("Query")!).Fields["a"].Arguments[0];
        Assert.Equal(1.0, argument.DefaultValue);
    }
}
