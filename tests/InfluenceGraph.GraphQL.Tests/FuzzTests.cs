using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests;

/// <summary>Mutated documents must end as a result (maybe with errors), never as an exception from the executor.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Seeds =
    [
        IntrospectionQuery.Text,
        "query Q($id: ID!, $b: Boolean = true) { human(id: $id) @include(if: $b) { ...H friends { ... on Droid { function } } } } fragment H on Human { id name appearsIn }",
        "mutation M($r: ReviewInput!) { createReview(review: $r, episode: JEDI) { stars commentary } a: append(item: \"x\") }",
        "{ search(text: \"o\") { __typename ... on Starship { length(unit: FOOT) } ... on Character { name } } heroes(episodes: [JEDI, EMPIRE]) { id } }",
        "{ character(by: {id: \"1000\"}) { name } today(offset: -1) echoDate(date: \"2020-02-02\") numbers strictNumbers secret }",
        "subscription S { hero { id } } \"\"\"block \\\"\"\" \"\"\" query { hero(episode: \"JEDI\") { name { x } } }",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "...", "$", "$id", ":", "=", "@skip(if: true)", "@include(if: $b)", "\"s\"", "\"\"\"b\"\"\"", "1", "-1.5e3",
        "null", "true", "JEDI", "on", "fragment", "query", "mutation", "subscription", "hero", "friends", "__typename", "__schema", "__type(name: \"Human\")",
        "...H", "... on Human", "... on Starship", "!", "|", "&", "#c\n", ",", "\n", "\\u00e9", "{a: 1}", "[1, 2]", "human(id: 1)", "$b: Boolean",
    ];

    [Fact]
    public async Task Fuzz_MutatedDocuments_NeverThrow()
    {
        var random = new Random(20250507);
        var executor = Run.StarWarsExecutor;
        var variables = new Dictionary<string, object?> { ["id"] = "1000", ["b"] = true, ["r"] = new Dictionary<string, object?> { ["stars"] = 3L } };
        for (var i = 0; i < 10_000; i++)
        {
            var document = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var options = new ExecutionOptions { UserContext = new List<string>(), MaxDepth = 40 };
            var exception = await Record.ExceptionAsync(() => executor.ExecuteAsync(new GraphQLRequest(document, variables), options));
            Assert.True(exception is null, $"Document {i} threw {exception}:\n{document}");
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var text = seed;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    text = text.Insert(position, " " + Fragments[random.Next(Fragments.Length)] + " ");
                    break;
                case 1 when text.Length > 0:
                    var length = Math.Min(random.Next(1, 12), text.Length - Math.Min(position, text.Length - 1));
                    text = text.Remove(Math.Min(position, text.Length - 1), Math.Max(1, length));
                    break;
                default:
                    var other = Seeds[random.Next(Seeds.Length)];
                    var start = random.Next(other.Length);
                    text = text.Insert(position, other.Substring(start, Math.Min(random.Next(1, 40), other.Length - start)));
                    break;
            }
        }

        return text;
    }
}
