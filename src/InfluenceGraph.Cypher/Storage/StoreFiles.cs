namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Opens the journal's file. The one seam the engine's tests use: a subclass hands out a stream whose writes fail as a
/// full disk makes them fail, where the test machine cannot fill a real one.
/// </summary>
internal class StoreFiles
{
    public static readonly StoreFiles Default = new();

    // Unbuffered (buffer size 1): a commit's bytes go to the OS at once, and Flush(true) forces them to the disk.
    public virtual FileStream OpenJournal(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
}
