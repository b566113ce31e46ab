using System.CommandLine;

namespace StaticMath.Cli;

/// <summary>Parses and runs the command line; usage errors exit with 2 (commands return 0 or 1).</summary>
public static class CommandLineApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                Console.Error.WriteLine($"staticmath: {error.Message}");
            Console.Error.WriteLine("Run 'staticmath --help' for usage.");
            return Usage;
        }
        return parse.Invoke();
    }
}
