using System.CommandLine;
using StaticMath.Cli;
using StaticMath.Cli.Commands;

// The `staticmath` tool. One file per command under Commands/; wire each with one line here.
var root = new RootCommand("StaticMath: a static site generator for math-heavy writing (equations prerendered to SVG at build time).");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(MathCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return CommandLineApp.Run(root, args);
