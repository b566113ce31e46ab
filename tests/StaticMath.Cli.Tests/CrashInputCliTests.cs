using System.Text;
using System.Text.Json;
using StaticMath.Cli.Commands;

namespace StaticMath.Cli.Tests;

/// <summary>Issue 21: command-line input that printed a stack trace (or stopped answering) instead of a message.</summary>
public sealed class CrashInputCliTests
{
    private static readonly Lock ConsoleLock = new();

    private static (int ExitCode, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var previous = Console.Error;
            var error = new StringWriter();
            Console.SetError(error);
            try
            {
                return (CommandLineApp.Run(ToolCommands.CreateRoot(), args), error.ToString());
            }
            finally
            {
                Console.SetError(previous);
            }
        }
    }

    [Fact]
    public void Math_batch_answers_a_lone_surrogate_with_an_error_and_goes_on()
    {
        var output = new MemoryStream();
        Assert.Equal(0, MathCommand.RunBatch(new StringReader("{\"tex\":\"\\ud800\"}\n{\"tex\":\"x^2\"}\n"), output));
        var results = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, results.Count);
        Assert.Contains("is not valid Unicode", results[0].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.StartsWith("<svg", results[1].GetProperty("svg").GetString());
    }

    [Fact]
    public void New_site_with_an_empty_name_is_a_message()
    {
        var (exitCode, error) = Run("new", "site", "");
        Assert.Equal(CommandLineApp.Failure, exitCode);
        Assert.Contains("is empty", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Serve_with_a_host_name_that_is_not_an_address_is_a_usage_error()
    {
        var (exitCode, error) = Run("serve", "--host", "foo");
        Assert.Equal(CommandLineApp.Usage, exitCode);
        Assert.Contains("--host must be an IP address", error);
        Assert.DoesNotContain("   at ", error);
    }
}
