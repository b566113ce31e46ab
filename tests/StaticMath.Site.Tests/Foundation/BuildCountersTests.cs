using StaticMath.Site.Core;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>The build summary's counters are bumped from every page worker at once: no count may be lost.</summary>
public sealed class BuildCountersTests
{
    [Fact]
    public void Counts_added_from_many_threads_at_once_all_arrive()
    {
        var counters = new BuildCounters();
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            counters.Add("equations");
            if (i % 2 == 0) counters.Add("from cache", 3);
        });

        Assert.Equal(20_000, counters.Get("equations"));
        Assert.Equal(30_000, counters.Get("from cache"));
        Assert.Equal(0, counters.Get("never added"));
        Assert.Equal(["equations", "from cache"], counters.Snapshot().Select(p => p.Key));
        Assert.Equal([20_000L, 30_000L], counters.Snapshot().Select(p => p.Value));
    }
}
