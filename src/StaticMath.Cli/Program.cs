using StaticMath.Cli;

// The `staticmath` tool. Commands are wired in ToolCommands.CreateRoot (one file per command under Commands/).
return CommandLineApp.Run(ToolCommands.CreateRoot(), args);
