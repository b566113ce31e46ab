namespace StaticMath.Robustness.Tests;

/// <summary>
/// Runs work with an upper bound on time, to tell a hang from a slow machine: the bound is generous (a hang is
/// forever), so this is not a timing test. Exceptions escape to the caller, where the test fails on them.
/// </summary>
internal static class Bounded
{
    // Five minutes: a hang is forever, while a 2-core CI machine running other jobs has been seen to take 60 s for
    // work that takes 6 s of CPU.
    public static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    public static T Run<T>(Func<T> work, string what, TimeSpan? limit = null)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit ?? Generous)) Assert.Fail($"did not finish within {(limit ?? Generous).TotalSeconds} s (a hang?): {what}");
        return task.GetAwaiter().GetResult();
    }
}
