using InfluenceGraph.GraphQL;

namespace InfluenceGraph.GraphQL.Tests.Fixtures;

/// <summary>A small Star Wars schema with every kind of type, backed by in-memory dictionaries.</summary>
public static class StarWars
{
    public enum Episode
    {
        NewHope,
        Empire,
        Jedi,
    }

    private static readonly Dictionary<string, Dictionary<string, object?>> Characters = new()
    {
        ["1000"] = new() { ["__typename"] = "Human", ["id"] = "1000", ["name"] = "Luke Skywalker", ["friends"] = new[] { "1002", "2001" }, ["appearsIn"] = new[] { "NEWHOPE", "EMPIRE", "JEDI" }, ["homePlanet"] = "Tatooine" },
        ["1002"] = new() { ["__typename"] = "Human", ["id"] = "1002", ["name"] = "Han Solo", ["friends"] = new[] { "1000" }, ["appearsIn"] = new[] { "NEWHOPE" }, ["homePlanet"] = null },
        ["2001"] = new() { ["__typename"] = "Droid", ["id"] = "2001", ["name"] = "R2-D2", ["friends"] = new[] { "1000", "9999" }, ["appearsIn"] = new[] { "JEDI" }, ["primaryFunction"] = "Astromech" },
    };

    public static Schema Build() => new SchemaBuilder()
        .Scalar("Date", "ISO 8601 calendar date", v => ((DateOnly)v).ToString("yyyy-MM-dd"), v => v is string s ? DateOnly.Parse(s) : throw new GraphQLException("Date must be a string"), "https://tools.ietf.org/html/rfc3339")
        .Enum("Episode", "A film", e => e.Value("NEWHOPE", "Episode IV").Value("EMPIRE").Value("JEDI").Value("PHANTOM", null, deprecationReason: "Not canon here"))
        .Interface("Character", "Someone in the films", t =>
        {
            t.Field("id", "ID!");
            t.Field("name", "String!");
            t.Field("friends", "[Character]");
            t.Field("appearsIn", "[Episode!]!");
        })
        .Object("Human", null, t =>
        {
            t.Implements("Character");
            t.Field("id", "ID!");
            t.Field("name", "String!");
            t.Field("friends", "[Character]").Resolve(Friends);
            t.Field("appearsIn", "[Episode!]!");
            t.Field("homePlanet", "String");
        })
        .Object("Droid", null, t =>
        {
            t.Implements("Character");
            t.Field("id", "ID!");
            t.Field("name", "String!");
            t.Field("friends", "[Character]").Resolve(Friends);
            t.Field("appearsIn", "[Episode!]!");
            t.Field("primaryFunction", "String").Deprecated("Use `function`.");
            t.Field("function", "String").Resolve(c => ((IReadOnlyDictionary<string, object?>)c.Source!)["primaryFunction"]);
        })
        .Object("Starship", null, t =>
        {
            t.Field("id", "ID!").Resolve(_ => "3000");
            t.Field("name", "String!").Resolve(_ => "Millennium Falcon");
            t.Field("length", "Float").Argument("unit", "LengthUnit", "Unit of length", "METER")
                .Resolve(c => c.GetArgument<string>("unit") == "FOOT" ? 113.7 : 34.37);
        })
        .Enum("LengthUnit", null, e => e.Value("METER").Value("FOOT"))
        .Union("SearchResult", "Anything found", "Human", "Droid", "Starship")
        .InputObject("ReviewInput", "A review", t => t.Field("stars", "Int!").Field("commentary", "String").Field("episode", "Episode", null, "JEDI"))
        .InputObject("CharacterBy", null, t => t.Field("id", "ID").Field("name", "String").OneOf())
        .Object("Review", null, t =>
        {
            t.Field("stars", "Int!");
            t.Field("commentary", "String");
            t.Field("episode", "Episode");
        })
        .Object("Query", null, t =>
        {
            t.Field("hero", "Character").Argument("episode", "Episode").Resolve(c => c.GetArgument<Episode?>("episode") == Episode.Empire ? Characters["1000"] : Characters["2001"]);
            t.Field("human", "Human").Argument("id", "ID!").Resolve(c => Characters.GetValueOrDefault(c.GetArgument<string>("id")!));
            t.Field("character", "Character").Argument("by", "CharacterBy!").Resolve(c =>
            {
                var by = c.GetArgument<IReadOnlyDictionary<string, object?>>("by")!;
                return by.TryGetValue("id", out var id) ? Characters.GetValueOrDefault((string)id!) : Characters.Values.FirstOrDefault(v => Equals(v["name"], by["name"]));
            });
            t.Field("search", "[SearchResult!]!").Argument("text", "String!").Resolve(c =>
            {
                var text = c.GetArgument<string>("text")!;
                var found = Characters.Values.Where(v => ((string)v["name"]!).Contains(text, StringComparison.OrdinalIgnoreCase)).Cast<object>().ToList();
                if ("falcon".Contains(text, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new Dictionary<string, object?> { ["__typename"] = "Starship" });
                }

                return found;
            });
            t.Field("heroes", "[Character!]!").Argument("episodes", "[Episode!]!").Resolve(c => c.GetArgument<Episode[]>("episodes")!.Select(e => e == Episode.Empire ? Characters["1000"] : Characters["2001"]).ToList());
            t.Field("secret", "String", "Always fails").Resolve(_ => throw new GraphQLException("Access denied", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }));
            t.Field("nonNullSecret", "String!").Resolve(_ => throw new GraphQLException("Access denied"));
            t.Field("today", "Date").Argument("offset", "Int", null, 0).Resolve(c => new DateOnly(2025, 5, 7).AddDays(c.GetArgument<int>("offset")));
            t.Field("echoDate", "Date").Argument("date", "Date!").Resolve(c => c.Arguments["date"]);
            t.Field("slow", "String").Argument("ms", "Int", null, 10).ResolveAsync(async c =>
            {
                await Task.Delay(c.GetArgument<int>("ms"), c.CancellationToken);
                return "done";
            });
            t.Field("rendezvous", "String", "Waits until all expected callers of this request arrived, or gives up").ResolveAsync(async c =>
                await ((Rendezvous)c.UserContext!).ArriveAsync(c.CancellationToken));
            t.Field("numbers", "[Int]").Resolve(_ => new object?[] { 1, null, 3L });
            t.Field("strictNumbers", "[Int!]").Resolve(_ => new object?[] { 1, null, 3 });
            t.Field("tooBig", "Int").Resolve(_ => 3_000_000_000L);
            t.Field("episodeEnum", "Episode").Resolve(_ => Episode.NewHope);
            t.Field("path", "[String!]!").Resolve(c => c.Path.Select(p => p.ToString()!).ToList());
            t.Field("user", "String").Resolve(c => c.UserContext as string);
        })
        .Object("Mutation", null, t =>
        {
            t.Field("createReview", "Review").Argument("episode", "Episode").Argument("review", "ReviewInput!").Resolve(c =>
            {
                var review = c.GetArgument<IReadOnlyDictionary<string, object?>>("review")!;
                return new Dictionary<string, object?> { ["stars"] = review["stars"], ["commentary"] = review.GetValueOrDefault("commentary"), ["episode"] = c.GetArgument<string>("episode") ?? review["episode"] };
            });
            t.Field("append", "[String!]!").Argument("item", "String!").Resolve(c =>
            {
                var log = (List<string>)c.UserContext!;
                log.Add(c.GetArgument<string>("item")!);
                return log.ToList();
            });
        })
        .QueryType("Query")
        .MutationType("Mutation")
        .Build();

    /// <summary>Met only if <see cref="Expected"/> resolvers are in flight at once: proves concurrent execution.</summary>
    public sealed class Rendezvous(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public int Expected { get; } = expected;

        public async ValueTask<object?> ArriveAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _arrived) == Expected)
            {
                _all.SetResult();
            }

            var finished = await Task.WhenAny(_all.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
            return finished == _all.Task ? "met" : "alone";
        }
    }

    private static object? Friends(ResolveContext context) =>
        ((IEnumerable<string>)((IReadOnlyDictionary<string, object?>)context.Source!)["friends"]!).Select(id => Characters.GetValueOrDefault(id)).ToList();
}
