using System.Runtime;

namespace InfluenceGraph.Server.Stores;

public sealed partial class InfluenceStore
{
    /// <summary>From this many relations on, a whole-graph read is followed by a compacting collection.</summary>
    internal const int CompactAfterLoadRelations = 100_000;

    /// <summary>
    /// Reading the whole graph builds a row (a map of every property) per record before the snapshot keeps the records:
    /// at 1M relations several times the snapshot's own size, garbage the moment the snapshot is built. The GC would
    /// reuse that space but keeps it committed, so the process would hold the load's peak for good; one aggressive,
    /// compacting collection right after the load gives it back to the system. Below the threshold the peak is small and
    /// the pause (a full blocking collection) is not worth it.
    /// </summary>
    private static void ReleaseLoadGarbage(GraphSnapshot snapshot)
    {
        if (snapshot.Relations.Count < CompactAfterLoadRelations)
            return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
