namespace StaticMath.Site.Markdown.Extensions.Convo;

/// <summary>Message roles of a conversation block, as data: class/kind name → label shown above the bubble.</summary>
public static class ConvoRoles
{
    private static readonly Dictionary<string, (string Role, string Label)> Roles = new(StringComparer.Ordinal)
    {
        ["user"] = ("user", "User"), ["human"] = ("user", "User"),
        ["assistant"] = ("assistant", "Assistant"), ["gpt"] = ("gpt", "Assistant"), ["chatgpt"] = ("gpt", "Assistant"),
        ["ai"] = ("assistant", "Assistant"), ["bot"] = ("assistant", "Assistant"), ["model"] = ("assistant", "Assistant"),
        ["system"] = ("system", "System"),
    };

    public const string ContainerKind = "convo";

    public static bool IsRole(string name) => Roles.ContainsKey(name);

    /// <summary>The role's CSS modifier (user, gpt, assistant, system) and its label.</summary>
    public static (string Role, string Label)? Find(string name) => Roles.TryGetValue(name, out var r) ? r : null;
}
