using GraphQL.Validation;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore.Validation;

/// <summary>
/// Executable Definitions (GraphQL spec, October 2021, 5.1.1, https://spec.graphql.org/October2021/#sec-Executable-Definitions):
/// a document sent for execution holds only operations and fragments. GraphQL.NET 8 has no such rule and runs a
/// document's operation whatever type definitions surround it.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRuleBase
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLDocument>((document, context) =>
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is not (GraphQLOperationDefinition or GraphQLFragmentDefinition))
                context.ReportError(new ExecutableDefinitionsError(context, definition));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}

/// <summary>A definition that cannot be executed: a type, schema or directive definition in a request.</summary>
public sealed class ExecutableDefinitionsError(ValidationContext context, ASTNode definition)
    : ValidationError(context.Document.Source, "5.1.1", $"The {Describe(definition)} definition is not executable.", definition)
{
    private static string Describe(ASTNode definition) => definition switch
    {
        GraphQLDirectiveDefinition directive => $"\"@{directive.Name.StringValue}\"",
        GraphQLTypeDefinition type => $"\"{type.Name.StringValue}\"",
        GraphQLSchemaDefinition or GraphQLSchemaExtension => "schema",
        _ => definition.Kind.ToString(),
    };
}
