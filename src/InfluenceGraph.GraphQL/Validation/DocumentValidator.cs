using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;
using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (spec 5) with every rule in one walk, in graphql-js's rule order.</summary>
internal static class DocumentValidator
{
    /// <summary>Fresh instances each time: rules keep per-document state.</summary>
    public static IReadOnlyList<ValidationRule> SpecifiedRules() =>
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownOperationTypesRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) =>
        Validate(schema, document, SpecifiedRules());

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<ValidationRule> rules)
    {
        var context = new ValidationContext(schema, document);
        new Walker(context, rules).Walk(document);
        return context.Errors;
    }

    /// <summary>Visits the document once, tracking the parent type, field and input types the rules need.</summary>
    private sealed class Walker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        private readonly RuleHooks _hooks = new(rules);

        private Schema Schema => context.Schema;

        public void Walk(DocumentNode document)
        {
            foreach (var rule in _hooks.EnterDocument)
            {
                rule.EnterDocument(context, document);
            }

            foreach (var definition in document.Definitions)
            {
                foreach (var rule in _hooks.EnterDefinition)
                {
                    rule.EnterDefinition(context, definition);
                }

                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        WalkOperation(operation);
                        break;
                    case FragmentDefinitionNode fragment:
                        foreach (var rule in _hooks.EnterNamedType)
                        {
                            rule.EnterNamedType(context, fragment.TypeCondition);
                        }

                        var type = Schema.FindType(fragment.TypeCondition.Name.Value);
                        foreach (var rule in _hooks.EnterFragmentDefinition)
                        {
                            rule.EnterFragmentDefinition(context, fragment, type);
                        }

                        WalkDirectives(fragment.Directives, DirectiveLocations.FragmentDefinition);
                        WalkSelectionSet(fragment.SelectionSet, type);
                        break;
                }
            }

            foreach (var rule in _hooks.LeaveDocument)
            {
                rule.LeaveDocument(context, document);
            }
        }

        private void WalkOperation(OperationDefinitionNode operation)
        {
            var root = Schema.RootType(operation.Operation);
            foreach (var rule in _hooks.EnterOperation)
            {
                rule.EnterOperation(context, operation, root);
            }

            foreach (var variable in operation.VariableDefinitions)
            {
                var type = context.TypeFromAst(variable.Type);
                foreach (var rule in _hooks.EnterVariableDefinition)
                {
                    rule.EnterVariableDefinition(context, variable, type);
                }

                foreach (var named in NamedTypes(variable.Type))
                {
                    foreach (var rule in _hooks.EnterNamedType)
                    {
                        rule.EnterNamedType(context, named);
                    }
                }

                if (variable.DefaultValue is not null)
                {
                    WalkValue(variable.DefaultValue);
                }

                WalkDirectives(variable.Directives, DirectiveLocations.VariableDefinition);
            }

            WalkDirectives(operation.Directives, operation.Operation switch
            {
                OperationType.Query => DirectiveLocations.Query,
                OperationType.Mutation => DirectiveLocations.Mutation,
                _ => DirectiveLocations.Subscription,
            });
            WalkSelectionSet(operation.SelectionSet, root);
            foreach (var rule in _hooks.LeaveOperation)
            {
                rule.LeaveOperation(context, operation);
            }
        }

        private void WalkSelectionSet(SelectionSetNode selectionSet, NamedType? parentType)
        {
            foreach (var rule in _hooks.EnterSelectionSet)
            {
                rule.EnterSelectionSet(context, selectionSet, parentType);
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is null ? null : Schema.FindField(parentType, field.Name.Value);
                        foreach (var rule in _hooks.EnterField)
                        {
                            rule.EnterField(context, field, parentType, definition);
                        }

                        WalkArguments(field, field.Arguments, definition, null, parentType);
                        WalkDirectives(field.Directives, DirectiveLocations.Field);
                        if (field.SelectionSet is not null)
                        {
                            WalkSelectionSet(field.SelectionSet, definition?.Type.NamedType);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is not null)
                        {
                            foreach (var rule in _hooks.EnterNamedType)
                            {
                                rule.EnterNamedType(context, inline.TypeCondition);
                            }
                        }

                        var type = inline.TypeCondition is null ? parentType : Schema.FindType(inline.TypeCondition.Name.Value);
                        foreach (var rule in _hooks.EnterInlineFragment)
                        {
                            rule.EnterInlineFragment(context, inline, parentType, type);
                        }

                        WalkDirectives(inline.Directives, DirectiveLocations.InlineFragment);
                        WalkSelectionSet(inline.SelectionSet, type);
                        break;
                    case FragmentSpreadNode spread:
                        foreach (var rule in _hooks.EnterFragmentSpread)
                        {
                            rule.EnterFragmentSpread(context, spread, parentType);
                        }

                        WalkDirectives(spread.Directives, DirectiveLocations.FragmentSpread);
                        break;
                }
            }
        }

        private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
        {
            if (directives.Count == 0)
            {
                return;
            }

            foreach (var rule in _hooks.EnterDirectives)
            {
                rule.EnterDirectives(context, directives, location);
            }

            foreach (var directive in directives)
            {
                var definition = Schema.FindDirective(directive.Name.Value);
                foreach (var rule in _hooks.EnterDirective)
                {
                    rule.EnterDirective(context, directive, definition, location);
                }

                WalkArguments(directive, directive.Arguments, null, definition, null);
            }
        }

        private void WalkArguments(Node owner, IReadOnlyList<ArgumentNode> arguments, FieldDefinition? field, DirectiveDefinition? directive, NamedType? parentType)
        {
            foreach (var rule in _hooks.EnterArguments)
            {
                rule.EnterArguments(context, owner, arguments, field, directive, parentType);
            }

            foreach (var argument in arguments)
            {
                var definition = field?.FindArgument(argument.Name.Value) ?? directive?.FindArgument(argument.Name.Value);
                foreach (var rule in _hooks.EnterArgument)
                {
                    rule.EnterArgument(context, argument, definition);
                }

                WalkValue(argument.Value);
            }
        }

        private void WalkValue(ValueNode value)
        {
            switch (value)
            {
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        WalkValue(item);
                    }

                    break;
                case ObjectValueNode obj:
                    foreach (var rule in _hooks.EnterObjectValue)
                    {
                        rule.EnterObjectValue(context, obj);
                    }

                    foreach (var field in obj.Fields)
                    {
                        WalkValue(field.Value);
                    }

                    break;
            }
        }

        private static IEnumerable<NamedTypeNode> NamedTypes(TypeNode type) => type switch
        {
            NamedTypeNode named => [named],
            ListTypeNode list => NamedTypes(list.Type),
            NonNullTypeNode nonNull => NamedTypes(nonNull.Type),
            _ => [],
        };
    }
}
