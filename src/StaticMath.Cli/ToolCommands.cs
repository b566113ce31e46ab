using System.CommandLine;
using System.Reflection;
using StaticMath.Cli.Commands;
using StaticMath.Site.Core;

namespace StaticMath.Cli;

/// <summary>
/// The <c>staticmath</c> command tree — one file per command under Commands/, wired here with one line each — and
/// its description for the <c>staticmath</c> Liquid object, from which the docs' CLI reference is generated.
/// </summary>
public static class ToolCommands
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("StaticMath: a static site generator for math-heavy writing (equations prerendered to SVG at build time).");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(MathCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ThemeCommand.Create());
        root.Subcommands.Add(CacheCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        return root;
    }

    /// <summary>The tool's version without build metadata (<c>0.1.0</c>).</summary>
    public static string Version
    {
        get
        {
            var version = typeof(ToolCommands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus >= 0 ? version[..plus] : version;
        }
    }

    /// <summary>Every visible command below <paramref name="root"/> with its arguments and options (help/version left out).</summary>
    public static ToolInfo Describe(Command root)
    {
        var commands = new List<ToolCommand>();
        void Walk(Command command, string prefix)
        {
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
            {
                var name = prefix.Length == 0 ? sub.Name : prefix + " " + sub.Name;
                commands.Add(new ToolCommand(name, sub.Description ?? "",
                    sub.Arguments.Where(a => !a.Hidden).Select(a => new ToolArgument(a.Name, a.Description ?? "")).ToList(),
                    sub.Options.Where(IsDocumented).Select(o => new ToolOption(
                        [o.Name, .. o.Aliases.OrderBy(a => a, StringComparer.Ordinal)],
                        o.ValueType == typeof(bool) ? "" : "<" + (o.HelpName ?? o.Name.TrimStart('-')) + ">",
                        o.Description ?? "",
                        DefaultText(o))).ToList()));
                Walk(sub, name);
            }
        }
        Walk(root, "");
        return new ToolInfo { Version = Version, Commands = commands };
    }

    private static string DefaultText(Option option)
    {
        if (option.ValueType == typeof(bool) || !option.HasDefaultValue) return "";
        return Convert.ToString(option.GetDefaultValue(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static bool IsDocumented(Option option) =>
        !option.Hidden && option is not System.CommandLine.Help.HelpOption && option is not VersionOption;
}
