using System.Collections.Frozen;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Every math-mode command the parser knows beyond plain symbols, assembled once from the family files
/// (<see cref="FractionCommands"/>, <see cref="RadicalCommands"/>, …) and shared read-only by all threads.
/// </summary>
internal sealed class CommandRegistry
{
    private static readonly Lazy<CommandRegistry> LazyDefault = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CommandHandler> handlers;

    private CommandRegistry(FrozenDictionary<string, CommandHandler> handlers) => this.handlers = handlers;

    public static CommandRegistry Default => LazyDefault.Value;

    public IEnumerable<string> Names => handlers.Keys;

    public bool TryGet(string name, out CommandHandler handler) => handlers.TryGetValue(name, out handler!);

    public bool Contains(string name) => handlers.ContainsKey(name);

    private static CommandRegistry Create()
    {
        var builder = new Builder();
        FractionCommands.Register(builder);
        RadicalCommands.Register(builder);
        AccentCommands.Register(builder);
        DelimiterCommands.Register(builder);
        OperatorCommands.Register(builder);
        FontCommands.Register(builder);
        SpacingCommands.Register(builder);
        StyleCommands.Register(builder);
        TextCommands.Register(builder);
        ColorCommands.Register(builder);
        BoxCommands.Register(builder);
        ArrowCommands.Register(builder);
        EnclosureCommands.Register(builder);
        ReferenceCommands.Register(builder);
        StackCommands.Register(builder);
        SymbolCommands.Register(builder);
        EnvironmentCommands.Register(builder);
        HtmlCommands.Register(builder);
        PlainAlignmentCommands.Register(builder);
        return new CommandRegistry(builder.Build());
    }

    /// <summary>Collects handlers; a name registered twice is a programming error caught at startup.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, CommandHandler> handlers = new(StringComparer.Ordinal);

        public void Add(string name, CommandHandler handler)
        {
            if (!handlers.TryAdd(name, handler))
            {
                throw new InvalidOperationException($"Command \\{name} is registered twice");
            }
        }

        public FrozenDictionary<string, CommandHandler> Build() => handlers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
