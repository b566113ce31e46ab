namespace StaticMath.Math.Parsing;

/// <summary>Errors collected while parsing one expression, in the order found.</summary>
internal sealed class ParseDiagnostics
{
    private readonly List<MathError> errors = [];

    public IReadOnlyList<MathError> Errors => errors;

    public int Count => errors.Count;

    public void Add(int offset, string message, int length = 0) => errors.Add(new MathError(System.Math.Max(0, offset), message, length));

    /// <summary>An error whose source is shown in red in place while the rest of the expression typesets.</summary>
    public void AddLocal(int offset, string message, int length = 0) =>
        errors.Add(new MathError(System.Math.Max(0, offset), message, length) { IsLocal = true });
}
