using System.Globalization;
using Relation = InfluenceGraph.Domain.Model.Relation;

namespace InfluenceGraph.Server.Tests.Seed;

/// <summary>
/// When the seed's relations held (issue 13, "Dates"): every relation dated, every date with its reason written above
/// it in the script, dates in order and inside what the articles could know, and the issue's examples of relations
/// that showed on the wrong days. "Active on d" is the domain's own rule, <see cref="Relation.IsActiveOn"/>.
/// </summary>
public sealed class SeedDateTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    private static readonly DateOnly PahalgamAttack = new(2025, 4, 22);

    // The later article was written in the week after the cease-fire of 10 May 2025; nothing it reports can start or end
    // after the end of that month.
    private static readonly DateOnly ArticlesWritten = new(2025, 5, 31);

    // Standing ties (offices, memberships, alliances, supply, investment, rivalry) that may have begun in 2025 before the
    // attack, as Trump's second term did; events of the crisis may not.
    private static readonly string[] StandingTieTypes =
        ["LEADS", "ADVISES", "AFFILIATED_WITH", "MEMBER_OF", "SUPPLIES_ARMS_TO", "INVESTS_IN", "COOPERATES_WITH", "OPPOSES"];

    private const int MaxUndated = 5;

    [Fact]
    public void SeedScript_EveryRelation_IsReadWithTheDatesTheStoreHolds()
    {
        var statements = SeedScript.Relations.ToDictionary(s => s.Id, StringComparer.Ordinal);

        Assert.Equal(seed.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), statements.Keys.Order(StringComparer.Ordinal));
        Assert.All(seed.Relations, r =>
        {
            var statement = statements[r.Id!];
            Assert.Equal(r.Since as DateOnly?, statement.Since);
            Assert.Equal(r.Until as DateOnly?, statement.Until);
        });
    }

    [Fact]
    public void Seed_EveryRelation_HasASinceOrAnUndatedCommentSayingWhy()
    {
        Assert.All(SeedScript.Relations, s => Assert.True(
            s.Since is not null || s.IsMarkedUndated,
            $"{s}: no since and no '// undated: <why>' comment directly above the statement."));
    }

    [Fact]
    public void Seed_UndatedRelations_AreFewAndHaveNoUntil()
    {
        var undated = SeedScript.Relations.Where(s => s.Since is null).ToList();

        Assert.True(undated.Count <= MaxUndated,
            $"{undated.Count} undated relations ({string.Join(", ", undated.Select(s => s.Id))}); at most {MaxUndated} are expected.");
        Assert.All(undated, s => Assert.Null(s.Until));
        Assert.All(SeedScript.Relations.Where(s => s.Since is not null), s => Assert.False(
            s.Reasons.Any(r => r.StartsWith("undated:", StringComparison.Ordinal)), $"{s}: has a since and also says it is undated."));
    }

    [Fact]
    public void Seed_EveryDate_HasAReasonAboveItNamingTheSameDate()
    {
        Assert.All(SeedScript.Relations, s =>
        {
            foreach (var (which, date) in new[] { ("since", s.Since), ("until", s.Until) })
            {
                var reasons = s.DateReasons.Where(r => r.Which == which).ToList();
                if (date is null)
                {
                    Assert.True(reasons.Count == 0, $"{s}: a reason for {which} but no {which} date.");
                    continue;
                }
                var reason = Assert.Single(reasons);
                Assert.True(reason.Date == date, $"{s}: {which} is {date:yyyy-MM-dd} but its reason names {reason.Date:yyyy-MM-dd}.");
            }
        });
    }

    [Fact]
    public void Seed_ArticleReasons_QuoteTheirArticleVerbatim()
    {
        var articleReasons = SeedScript.Relations.SelectMany(s => s.DateReasons.Where(r => r.Kind == "article").Select(r => (s, r))).ToList();

        Assert.NotEmpty(articleReasons);
        Assert.All(articleReasons, x =>
        {
            var words = SeedScript.QuotedWords(x.r.Text);
            Assert.True(words.Count > 0, $"{x.s}: the article reason for {x.r.Which} quotes no words: {x.r.Text}");
            var article = SeedArticles.NormalisedText(x.s.Source);
            Assert.All(words, w => Assert.True(article.Contains(SeedArticles.Normalise(w), StringComparison.Ordinal),
                $"{x.s}: '{w}' is not verbatim in article '{x.s.Source}'."));
        });
    }

    [Fact]
    public void Seed_RecordReasons_NameADatedEventAndSayWhyTheRelationIsIt()
    {
        var recordReasons = SeedScript.Relations.SelectMany(s => s.DateReasons.Where(r => r.Kind == "record").Select(r => (s, r))).ToList();

        Assert.NotEmpty(recordReasons);
        Assert.All(recordReasons, x =>
        {
            Assert.True(x.r.Text.Contains(x.r.Date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                $"{x.s}: the record reason for {x.r.Which} does not name the event's year {x.r.Date.Year}: {x.r.Text}");
            Assert.True(x.r.Text.Contains(" because ", StringComparison.Ordinal), $"{x.s}: the record reason for {x.r.Which} does not say why: {x.r.Text}");
        });
    }

    [Fact]
    public void Seed_Until_IsNeverBeforeSinceNorWithoutIt()
    {
        Assert.All(seed.Relations.Where(r => r.Until is not null), r =>
        {
            var since = Assert.IsType<DateOnly>(r.Since);
            var until = Assert.IsType<DateOnly>(r.Until);
            Assert.True(since <= until, $"{r}: until {until:yyyy-MM-dd} is before since {since:yyyy-MM-dd}.");
        });
    }

    [Fact]
    public void Seed_NoDate_IsAfterTheArticlesWereWritten()
    {
        Assert.All(seed.Relations, r =>
        {
            foreach (var date in new[] { r.Since, r.Until }.OfType<DateOnly>())
                Assert.True(date <= ArticlesWritten, $"{r}: dated {date:yyyy-MM-dd}, after the articles were written.");
        });
    }

    [Fact]
    public void Seed_RelationsStartingIn2025BeforeTheAttack_AreStandingTies()
    {
        var early = seed.Relations.Where(r => r.Since is DateOnly d && d.Year == 2025 && d < PahalgamAttack).ToList();

        Assert.All(early, r => Assert.True(StandingTieTypes.Contains(r.Type),
            $"{r}: starts {(DateOnly)r.Since!:yyyy-MM-dd}, before the attack of {PahalgamAttack:yyyy-MM-dd}, but {r.Type} is not a standing tie."));
    }

    [Fact]
    public void Source_Published_IsNotBeforeAnyRelationItReportsAndIsExplainedAbove()
    {
        var published = seed.Sources.ToDictionary(s => (string)s["id"]!, s => s["published"] as DateOnly?);

        Assert.All(SeedScript.Sources, s =>
        {
            Assert.Equal(published[s.Id], s.Published);
            var comment = string.Join(" ", s.Statement.Comments);
            Assert.True(s.Published is DateOnly d
                    ? comment.Contains($"published {d:yyyy-MM-dd}", StringComparison.Ordinal)
                    : comment.Contains("published left out", StringComparison.Ordinal),
                $"source {s.Id}: no comment above it saying where its published date comes from, or why it is left out.");
        });
        Assert.All(seed.Relations, r =>
        {
            if (published[(string)r.Source!] is DateOnly day && r.Since is DateOnly since)
                Assert.True(since <= day, $"{r}: starts {since:yyyy-MM-dd}, after its article appeared on {day:yyyy-MM-dd}.");
        });
    }

    [Fact]
    public void OnTheDayOfTheAttack_SharifThankingTrumpForTheCeasefire_IsNotActive()
    {
        var thanks = Assert.Single(WithQuote("thanked Trump"));

        Assert.False(thanks.IsActiveOn(PahalgamAttack), $"{thanks.Id} counts on {PahalgamAttack:yyyy-MM-dd}.");
        Assert.True(thanks.IsActiveOn(new DateOnly(2025, 5, 10)), $"{thanks.Id} does not count on the day of the cease-fire.");
    }

    [Fact]
    public void OnTheDayOfTheAttack_PakistansRetaliatoryDrones_AreNotActive()
    {
        var drones = WithQuote("retaliatory drone");

        Assert.NotEmpty(drones);
        Assert.All(drones, r => Assert.False(r.IsActiveOn(PahalgamAttack), $"{r.Id} counts on {PahalgamAttack:yyyy-MM-dd}."));
    }

    [Fact]
    public void OnTheDayOfTheAttack_TheQuadsFailureToBackIndia_IsNotActive()
    {
        var quad = Assert.Single(WithQuote("the Quad failed to coordinate a response or offer India strategic backing"));

        Assert.False(quad.IsActiveOn(PahalgamAttack), $"{quad.Id} counts on {PahalgamAttack:yyyy-MM-dd}.");
    }

    [Fact]
    public void OnTheDayOfTheAttack_TheAttackIsActiveAndTheIndianStrikesAreNot()
    {
        var attack = Assert.Single(WithQuote("The deadly terror attack in Pahalgam"));
        var strikes = WithQuote("India launched coordinated missile, air and drone strikes");

        Assert.True(attack.IsActiveOn(PahalgamAttack));
        Assert.NotEmpty(strikes);
        Assert.All(strikes, r => Assert.False(r.IsActiveOn(PahalgamAttack), $"{r.Id} counts on {PahalgamAttack:yyyy-MM-dd}."));
        Assert.All(strikes, r => Assert.True(r.IsActiveOn(new DateOnly(2025, 5, 7)), $"{r.Id} does not count on the day of the strikes."));
    }

    [Fact]
    public void ClintonsKargilMediation_CountsIn1999AndNotIn2025()
    {
        var mediation = seed.Relations.Select(r => r.ToDomain()).Where(r => r.From == "bill-clinton" && r.Type == "MEDIATES").ToList();

        Assert.NotEmpty(mediation);
        Assert.All(mediation, r =>
        {
            Assert.True(r.IsActiveOn(new DateOnly(1999, 7, 4)), $"{r.Id} does not count on the day of the Blair House meeting.");
            foreach (var day in DaysOf(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)))
                Assert.False(r.IsActiveOn(day), $"{r.Id} counts on {day:yyyy-MM-dd}.");
        });
    }

    [Fact]
    public void The2021Ceasefire_HeldUntilTheCrisisAndNotInMay2025()
    {
        var ceasefire = WithQuote("2021 ceasefire");

        Assert.NotEmpty(ceasefire);
        Assert.All(ceasefire, r =>
        {
            Assert.True(r.IsActiveOn(new DateOnly(2021, 2, 25)) && r.IsActiveOn(new DateOnly(2024, 12, 31)),
                $"{r.Id} does not count while the 2021 ceasefire held.");
            foreach (var day in DaysOf(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)))
                Assert.False(r.IsActiveOn(day), $"{r.Id} counts on {day:yyyy-MM-dd}, after the ceasefire broke down.");
        });
    }

    private List<Relation> WithQuote(string words) =>
        [.. seed.Relations.Where(r => r.Quote is string q && q.Contains(words, StringComparison.Ordinal)).Select(r => r.ToDomain())];

    private static IEnumerable<DateOnly> DaysOf(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
            yield return day;
    }
}
