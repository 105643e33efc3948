using System.Globalization;
using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.6.1 Values of Correct Type: literals (arguments and variable defaults) can be coerced to the expected type.</summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // The variables of the operation being walked; inside a fragment definition there is none.
    private Dictionary<string, VariableDefinitionNode> _variables = [];

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation, ObjectType? rootType) =>
        _variables = operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).ToDictionary(g => g.Key, g => g.First());

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment, NamedType? type) =>
        _variables = [];

    public override void EnterArgument(ValidationContext context, ArgumentNode argument, InputValueDefinition? definition)
    {
        if (definition is not null)
        {
            Check(context, argument.Value, definition.Type);
        }
    }

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode definition, GraphType? type)
    {
        if (definition.DefaultValue is not null && type is not null && type.IsInputType)
        {
            Check(context, definition.DefaultValue, type);
        }
    }

    private void Check(ValidationContext context, ValueNode node, GraphType type)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                context.Report(Messages.ExpectedValueOfType(type.ToString(), "null"), node.Location);
                return;
            }

            Check(context, node, nonNull.OfType);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode items:
                foreach (var item in items.Values)
                {
                    Check(context, item, list.OfType);
                }

                break;
            case ListType list:
                Check(context, node, list.OfType);
                break;
            case InputObjectType input:
                CheckObject(context, node, input);
                break;
            case EnumType enumType:
                if (node is not EnumValueNode e)
                {
                    var literal = Printer.Print(node);
                    context.Report(Messages.EnumNonEnumValue(enumType.Name, literal) + EnumHint(enumType, literal), node.Location);
                }
                else if (enumType.Find(e.Value) is null)
                {
                    context.Report(Messages.ValueNotInEnum(BuiltInScalars.Inspect(e.Value), enumType.Name) + EnumHint(enumType, e.Value), node.Location);
                }

                break;
            case ScalarType scalar:
                CheckScalar(context, node, scalar);
                break;
        }
    }

    private static string EnumHint(EnumType type, string value) =>
        Suggestions.DidYouMean(Suggestions.Similar(value, type.Values.Select(v => v.Name)), "the enum value");

    private void CheckObject(ValidationContext context, ValueNode node, InputObjectType input)
    {
        if (node is not ObjectValueNode obj)
        {
            context.Report(Messages.ExpectedValueOfType(input.Name, Printer.Print(node)), node.Location);
            return;
        }

        foreach (var field in input.FieldList.Where(f => f.Type is NonNullType && !f.HasDefaultValue))
        {
            if (!obj.Fields.Any(f => f.Name.Value == field.Name))
            {
                context.Report(Messages.MissingInputField(input.Name, field.Name, Printer.Print(obj)), obj.Location);
            }
        }

        foreach (var field in obj.Fields)
        {
            if (input.Fields.GetValueOrDefault(field.Name.Value) is { } definition)
            {
                Check(context, field.Value, definition.Type);
            }
            else
            {
                context.Report(Messages.UnknownInputField(input.Name, field.Name.Value, Printer.Print(obj)), field.Location);
            }
        }

        if (input.IsOneOf && (obj.Fields.Count != 1 || obj.Fields[0].Value is NullValueNode))
        {
            context.Report(Messages.OneOfLiteral(input.Name), obj.Location);
        }
        else if (input.IsOneOf && obj.Fields[0].Value is VariableNode variable
            && _variables.TryGetValue(variable.Name.Value, out var definition) && definition.Type is not NonNullTypeNode)
        {
            // A nullable variable could make the one field null at run time (Sept 2025 edition, 5.6.1).
            context.Report(Messages.OneOfVariableNullable(variable.Name.Value, input.Name), obj.Location);
        }
    }

    private static void CheckScalar(ValidationContext context, ValueNode node, ScalarType scalar)
    {
        var literal = Printer.Print(node);
        string? error = (scalar.IsBuiltIn ? scalar.Name : null, node) switch
        {
            ("Int", IntValueNode i) => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : Messages.IntNot32Bit(literal),
            ("Int", _) => Messages.IntNonInteger(literal),
            ("Float", IntValueNode or FloatValueNode) => null,
            ("Float", _) => Messages.FloatNonNumeric(literal),
            ("String", StringValueNode) => null,
            ("String", _) => Messages.StringNonString(literal),
            ("Boolean", BooleanValueNode) => null,
            ("Boolean", _) => Messages.BooleanNonBoolean(literal),
            ("ID", StringValueNode or IntValueNode) => null,
            ("ID", _) => Messages.IdLiteral(literal),
            _ => CustomScalarError(node, scalar, literal),
        };
        if (error is not null)
        {
            context.Report(error, node.Location);
        }
    }

    private static string? CustomScalarError(ValueNode node, ScalarType scalar, string literal)
    {
        if (ContainsVariable(node))
        {
            return null;
        }

        try
        {
            scalar.ParseValue(DefaultValues.LiteralToPlain(node, null));
            return null;
        }
        catch (Exception e) when (e is GraphQLException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return Messages.ExpectedValueOfTypeDetail(scalar.Name, literal, e.Message);
        }
    }

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
