using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// "As claimed by" an actor X: the account of events X's side gives. X's side is X itself, the state X belongs to
/// (X's <c>country</c>, when X has one) and every actor whose <c>country</c> is X or X's state; so India's account
/// includes what Modi or India's foreign ministry claim, and Modi's account is India's.
/// In that account a relation counts when it is CONFIRMED, or when it is CLAIMED, DISPUTED or DENIED and at least
/// one of its <c>claimedBy</c> is on X's side (X's side asserts it; the dispute or denial came from elsewhere).
/// Everything else is left out: claims asserted only by actors outside X's side (its adversary's claims among
/// them), and DENIED relations nobody on X's side asserts (facts that were denied, by X or by anyone).
/// </summary>
public sealed record Narrative(string ClaimedBy, IReadOnlySet<string> Side)
{
    /// <summary>The narrative of <paramref name="claimedBy"/>, whose side is read from the actors' countries.</summary>
    public static Narrative Of(string claimedBy, IEnumerable<Actor> actors)
    {
        var list = actors.ToList();
        var root = list.FirstOrDefault(a => a.Id == claimedBy)?.Country ?? claimedBy;
        var side = new HashSet<string>(StringComparer.Ordinal) { claimedBy, root };
        foreach (var actor in list)
            if (actor.Country == root || actor.Country == claimedBy)
                side.Add(actor.Id);
        return new Narrative(claimedBy, side);
    }

    public bool Accepts(Relation relation) =>
        relation.Status == ClaimStatuses.Confirmed || relation.ClaimedBy.Any(Side.Contains);
}
