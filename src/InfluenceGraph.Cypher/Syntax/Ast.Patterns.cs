namespace InfluenceGraph.Cypher.Syntax;

/// <summary>A label or relationship type: a name, or Neo4j 5.26's dynamic <c>$(expr)</c>.</summary>
internal sealed record LabelRef(string? Name, Expr? Dynamic);

internal enum Direction { Outgoing, Incoming, Both }

internal sealed record VarLength(int Min, int? Max);

/// <summary>openCypher "NodePattern": <c>(var:Label {props})</c>.</summary>
internal sealed record NodePattern(string? Variable, IReadOnlyList<LabelRef> Labels, Expr? Properties, SourcePos Pos);

/// <summary>openCypher "RelationshipPattern": direction as written, left to right.</summary>
internal sealed record RelPattern(
    string? Variable, IReadOnlyList<LabelRef> Types, Expr? Properties, Direction Direction, VarLength? Length, SourcePos Pos);

/// <summary>Which paths a pattern part stands for: all matches, or Neo4j's shortestPath / allShortestPaths.</summary>
internal enum PathSearch { All, Shortest, AllShortest }

/// <summary>openCypher "PatternPart": Nodes[i] and Nodes[i+1] are joined by Rels[i].</summary>
internal sealed record PatternPart(
    string? PathVariable, IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelPattern> Rels, SourcePos Pos, PathSearch Search = PathSearch.All);
