namespace StaticMath.Site.Output;

/// <summary>The build will not write to the output folder (it is another build's, or not ours); <see cref="Code"/> says why.</summary>
public sealed class OutputRefusedException(string code, string message) : IOException(message)
{
    /// <summary>SM1400: the folder holds files we did not write; SM1401: another build holds the output's lock.</summary>
    public string Code { get; } = code;
}
