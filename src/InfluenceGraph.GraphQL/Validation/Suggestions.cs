namespace InfluenceGraph.GraphQL.Validation;

/// <summary>"Did you mean ...?" hints, chosen and worded as graphql-js does (suggestionList and didYouMean).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/> by Damerau-Levenshtein distance, nearest first.</summary>
    public static IReadOnlyList<string> Similar(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        return options
            .Select(option => (Option: option, Distance: Distance(input, lowerInput, option, threshold)))
            .Where(p => p.Distance is not null)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Option, StringComparer.Ordinal)
            .Select(p => p.Option)
            .ToList();
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty without suggestions).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    private static int? Distance(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        if (Math.Abs(lowerInput.Length - lowerOption.Length) > threshold)
        {
            return null;
        }

        // Optimal string alignment distance (adjacent transpositions count as one edit).
        var rows = new int[lowerInput.Length + 1, lowerOption.Length + 1];
        for (var i = 0; i <= lowerInput.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= lowerOption.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= lowerInput.Length; i++)
        {
            for (var j = 1; j <= lowerOption.Length; j++)
            {
                var cost = lowerInput[i - 1] == lowerOption[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && lowerInput[i - 1] == lowerOption[j - 2] && lowerInput[i - 2] == lowerOption[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        var distance = rows[lowerInput.Length, lowerOption.Length];
        return distance <= threshold ? distance : null;
    }
}
