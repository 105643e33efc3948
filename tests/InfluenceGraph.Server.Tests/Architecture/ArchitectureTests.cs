using System.Reflection;
using System.Xml.Linq;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Architecture;

/// <summary>
/// DESIGN.md's arrows, checked: the engines (Domain, Cypher, Bolt) and the GraphQL transports know nothing of the app
/// or of each other; the Server is the only project that wires them. Checked twice, in the project files and in
/// the compiled assemblies, and every type lives in its assembly's namespace.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new()
    {
        ["InfluenceGraph.Domain"] = [],
        ["InfluenceGraph.Cypher"] = [],
        ["InfluenceGraph.Bolt"] = [],
        ["InfluenceGraph.GraphQL.AspNetCore"] = [],
        ["InfluenceGraph.Server"] = ["InfluenceGraph.Domain", "InfluenceGraph.Cypher", "InfluenceGraph.Bolt", "InfluenceGraph.GraphQL.AspNetCore"],
    };

    public static TheoryData<string> Projects() => [.. AllowedProjectReferences.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectFile_ReferencesOnlyTheProjectsItsArrowsAllow(string project)
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj");
        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.All(references, r => Assert.True(AllowedProjectReferences[project].Contains(r), $"{project} references {r}, which its arrows do not allow."));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Assembly_UsesOnlyTheProjectsItsArrowsAllow(string project)
    {
        var ours = Assembly.Load(project).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("InfluenceGraph.", StringComparison.Ordinal))
            .ToList();

        Assert.All(ours, r => Assert.True(AllowedProjectReferences[project].Contains(r), $"{project} uses {r}, which its arrows do not allow."));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryType_LivesInItsAssemblysNamespace(string project)
    {
        var strays = Assembly.Load(project).GetTypes()
            .Where(t => t.Namespace is not null && !t.Name.StartsWith('<') && !t.Namespace.StartsWith("Microsoft.", StringComparison.Ordinal)
                && !t.Namespace.StartsWith("System.", StringComparison.Ordinal)
                && t.Namespace != project && !t.Namespace.StartsWith(project + ".", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(strays);
    }

    [Fact]
    public void Engines_DoNotReferenceGraphQLNetOrAspNetCore()
    {
        foreach (var engine in new[] { "InfluenceGraph.Domain", "InfluenceGraph.Cypher", "InfluenceGraph.Bolt" })
        {
            var references = Assembly.Load(engine).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(references, r => r.StartsWith("GraphQL", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        }
    }
}
