using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using static InfluenceGraph.Domain.Tests.TestGraphs;

namespace InfluenceGraph.Domain.Tests;

public sealed class NarrativeTests
{
    private static readonly Actor[] Actors =
    [
        new("india", "India", ActorKinds.State, [], null, null),
        new("modi", "Modi", ActorKinds.Person, [], "india", null),
        new("pakistan", "Pakistan", ActorKinds.State, [], null, null),
        new("sharif", "Sharif", ActorKinds.Person, [], "pakistan", null),
    ];

    private static Relation Claim(string status, params string[] claimedBy) =>
        Rel("india", "SUPPORTS", "pakistan", status: status) with { ClaimedBy = claimedBy };

    [Fact]
    public void Narrative_OfPerson_SideIsItsStateAndTheStatesPeople()
    {
        var side = Narrative.Of("modi", Actors).Side;

        Assert.Equal(["india", "modi"], side.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accepts_IndiasAccount_KeepsConfirmedAndItsSidesClaimsOnly()
    {
        var confirmed = Claim(ClaimStatuses.Confirmed);
        var byModi = Claim(ClaimStatuses.Claimed, "modi");
        var disputedByIndia = Claim(ClaimStatuses.Disputed, "india");
        var bySharif = Claim(ClaimStatuses.Claimed, "sharif");
        var denied = Claim(ClaimStatuses.Denied);
        var deniedButIndiaClaims = Claim(ClaimStatuses.Denied, "india");

        var kept = new RelationFilter(Narrative: Narrative.Of("india", Actors))
            .Apply([confirmed, byModi, disputedByIndia, bySharif, denied, deniedButIndiaClaims]);

        Assert.Equal([confirmed, byModi, disputedByIndia, deniedButIndiaClaims], kept);
    }

    [Fact]
    public void ForMetrics_NoStatusAsked_LeavesDeniedOut()
    {
        var confirmed = Claim(ClaimStatuses.Confirmed);
        var denied = Claim(ClaimStatuses.Denied);

        Assert.Equal([confirmed], RelationFilter.None.ForMetrics([confirmed, denied]));
        Assert.Equal([denied], new RelationFilter(Statuses: [ClaimStatuses.Denied]).ForMetrics([confirmed, denied]));
    }

    [Fact]
    public void CacheKey_DifferentNarratives_Differ()
    {
        var india = new RelationFilter(Narrative: Narrative.Of("india", Actors));
        var pakistan = new RelationFilter(Narrative: Narrative.Of("pakistan", Actors));

        Assert.NotEqual(india.CacheKey, pakistan.CacheKey);
        Assert.NotEqual(RelationFilter.None.CacheKey, india.CacheKey);
    }

    [Fact]
    public void Contested_MixedStatuses_ListsDisputedAndCounterclaimedOnly()
    {
        var disputed = Rel("a", "SUPPORTS", "b", status: ClaimStatuses.Disputed);
        var claimed = Rel("c", "ATTACKS", "d", status: ClaimStatuses.Claimed);
        var deniedTwin = Rel("c", "ATTACKS", "d", status: ClaimStatuses.Denied);
        var lonelyClaim = Rel("e", "ATTACKS", "f", status: ClaimStatuses.Claimed);
        var confirmed = Rel("a", "FUNDS", "b");

        var contested = NarrativeComparison.Contested([disputed, claimed, deniedTwin, lonelyClaim, confirmed]);

        Assert.Equal(new[] { disputed, claimed, deniedTwin }.OrderBy(r => r.Id, StringComparer.Ordinal), contested);
    }
}
