namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Many readers or one writer, without thread affinity (unlike ReaderWriterLockSlim): a transaction may be begun on
/// one thread and committed on another, as async server code does. Waiting writers hold back new readers.
/// </summary>
internal sealed class GraphLock
{
    private readonly object _gate = new();
    private int _readers;
    private bool _writer;
    private int _writersWaiting;

    public void EnterRead()
    {
        lock (_gate)
        {
            while (_writer || _writersWaiting > 0) Monitor.Wait(_gate);
            _readers++;
        }
    }

    public void ExitRead()
    {
        lock (_gate)
        {
            _readers--;
            if (_readers == 0) Monitor.PulseAll(_gate);
        }
    }

    public void EnterWrite()
    {
        lock (_gate)
        {
            _writersWaiting++;
            try
            {
                while (_writer || _readers > 0) Monitor.Wait(_gate);
            }
            finally
            {
                _writersWaiting--;
            }
            _writer = true;
        }
    }

    public void ExitWrite()
    {
        lock (_gate)
        {
            _writer = false;
            Monitor.PulseAll(_gate);
        }
    }
}
