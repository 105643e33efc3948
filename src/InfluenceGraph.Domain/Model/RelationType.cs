namespace InfluenceGraph.Domain.Model;

/// <summary>
/// An entry of the relation catalog: what the relation means, whether it is cooperative (+1), hostile (-1) or
/// neutral (0), how much it gives the source actor leverage over the target (0..1), and whether it is a third
/// party's mediation (brokering, offering to broker, urging restraint): neutral for alignment, a tie for mediators.
/// </summary>
public sealed record RelationType(string Name, string Description, int Sign, double Leverage, IReadOnlyList<string> Cameo, bool Mediation = false);
