using System.Collections.Frozen;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>All environments, assembled once from the family files and shared read-only.</summary>
internal sealed class EnvironmentRegistry
{
    private static readonly Lazy<EnvironmentRegistry> LazyDefault = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, EnvironmentHandler> handlers;

    private EnvironmentRegistry(FrozenDictionary<string, EnvironmentHandler> handlers) => this.handlers = handlers;

    public static EnvironmentRegistry Default => LazyDefault.Value;

    public IEnumerable<string> Names => handlers.Keys;

    public bool TryGet(string name, out EnvironmentHandler handler) => handlers.TryGetValue(name, out handler!);

    private static EnvironmentRegistry Create()
    {
        var builder = new Builder();
        MatrixEnvironments.Register(builder);
        CasesEnvironments.Register(builder);
        ArrayEnvironments.Register(builder);
        AlignmentEnvironments.Register(builder);
        EquationEnvironments.Register(builder);
        CommutativeDiagramEnvironment.Register(builder);
        return new EnvironmentRegistry(builder.Build());
    }

    internal sealed class Builder
    {
        private readonly Dictionary<string, EnvironmentHandler> handlers = new(StringComparer.Ordinal);

        public void Add(string name, EnvironmentHandler handler)
        {
            if (!handlers.TryAdd(name, handler))
            {
                throw new InvalidOperationException($"Environment {name} is registered twice");
            }
        }

        public FrozenDictionary<string, EnvironmentHandler> Build() => handlers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
