using System.Collections.Concurrent;
using System.Reflection;

namespace InfluenceGraph.GraphQL.Validation;

/// <summary>
/// For each visit hook of <see cref="ValidationRule"/>, the rules that override it, in rule order: the walker calls a
/// hook only on rules that do something there, instead of every rule at every node.
/// </summary>
internal sealed class RuleHooks
{
    // Which hooks a rule type overrides, found once per type.
    private static readonly ConcurrentDictionary<Type, HashSet<string>> Overrides = new();

    public RuleHooks(IReadOnlyList<ValidationRule> rules)
    {
        EnterDocument = Overriding(rules, nameof(ValidationRule.EnterDocument));
        LeaveDocument = Overriding(rules, nameof(ValidationRule.LeaveDocument));
        EnterDefinition = Overriding(rules, nameof(ValidationRule.EnterDefinition));
        EnterOperation = Overriding(rules, nameof(ValidationRule.EnterOperation));
        LeaveOperation = Overriding(rules, nameof(ValidationRule.LeaveOperation));
        EnterFragmentDefinition = Overriding(rules, nameof(ValidationRule.EnterFragmentDefinition));
        EnterVariableDefinition = Overriding(rules, nameof(ValidationRule.EnterVariableDefinition));
        EnterNamedType = Overriding(rules, nameof(ValidationRule.EnterNamedType));
        EnterSelectionSet = Overriding(rules, nameof(ValidationRule.EnterSelectionSet));
        EnterField = Overriding(rules, nameof(ValidationRule.EnterField));
        EnterInlineFragment = Overriding(rules, nameof(ValidationRule.EnterInlineFragment));
        EnterFragmentSpread = Overriding(rules, nameof(ValidationRule.EnterFragmentSpread));
        EnterDirectives = Overriding(rules, nameof(ValidationRule.EnterDirectives));
        EnterDirective = Overriding(rules, nameof(ValidationRule.EnterDirective));
        EnterArguments = Overriding(rules, nameof(ValidationRule.EnterArguments));
        EnterArgument = Overriding(rules, nameof(ValidationRule.EnterArgument));
        EnterObjectValue = Overriding(rules, nameof(ValidationRule.EnterObjectValue));
    }

    public ValidationRule[] EnterDocument { get; }

    public ValidationRule[] LeaveDocument { get; }

    public ValidationRule[] EnterDefinition { get; }

    public ValidationRule[] EnterOperation { get; }

    public ValidationRule[] LeaveOperation { get; }

    public ValidationRule[] EnterFragmentDefinition { get; }

    public ValidationRule[] EnterVariableDefinition { get; }

    public ValidationRule[] EnterNamedType { get; }

    public ValidationRule[] EnterSelectionSet { get; }

    public ValidationRule[] EnterField { get; }

    public ValidationRule[] EnterInlineFragment { get; }

    public ValidationRule[] EnterFragmentSpread { get; }

    public ValidationRule[] EnterDirectives { get; }

    public ValidationRule[] EnterDirective { get; }

    public ValidationRule[] EnterArguments { get; }

    public ValidationRule[] EnterArgument { get; }

    public ValidationRule[] EnterObjectValue { get; }

    private static ValidationRule[] Overriding(IReadOnlyList<ValidationRule> rules, string hook) =>
        [.. rules.Where(rule => Overrides.GetOrAdd(rule.GetType(), OverriddenHooks).Contains(hook))];

    private static HashSet<string> OverriddenHooks(Type type) =>
    [
        .. type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.DeclaringType != typeof(ValidationRule) && m.GetBaseDefinition().DeclaringType == typeof(ValidationRule))
            .Select(m => m.Name),
    ];
}
