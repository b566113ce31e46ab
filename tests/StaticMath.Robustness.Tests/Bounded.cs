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

    /// <summary>
    /// A bound for work <paramref name="times"/> as large as a baseline just measured on this machine, under its
    /// current load: ten times the proportional time, and never below <see cref="Generous"/>. A loaded CI machine
    /// slows the baseline as much as the work, so the bound stays a multiple of real speed, not a wall-clock target.
    /// </summary>
    public static TimeSpan Scaled(TimeSpan baseline, double times) =>
        TimeSpan.FromTicks(System.Math.Max(Generous.Ticks, (long)(baseline.Ticks * times * 10)));

    public static T Run<T>(Func<T> work, string what, TimeSpan? limit = null)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit ?? Generous)) Assert.Fail($"did not finish within {(limit ?? Generous).TotalSeconds} s (a hang?): {what}");
        return task.GetAwaiter().GetResult();
    }
}
